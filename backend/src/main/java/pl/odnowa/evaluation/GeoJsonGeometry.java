package pl.odnowa.evaluation;

import static pl.odnowa.evaluation.Fmt.EN;
import static pl.odnowa.evaluation.Fmt.PL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GeoJSON (RFC 7946) Polygon and MultiPolygon geometries of subareas with JTS: parsing (WGS 84 lon/lat), topological
 * validity, and area in hectares measured in the equal-area ETRS89 / LAEA Europe projection (EPSG:3035). Pure and
 * thread-safe.
 */
public final class GeoJsonGeometry {

    /** ETRS89 / LAEA Europe (EPSG:3035): equal-area, so planar areas there are true areas on the ellipsoid. */
    public static final String LAEA_EUROPE =
            "+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +units=m +no_defs";
    /**
     * Geographic lon/lat on GRS80 (ETRS89). RFC 7946 coordinates are WGS 84; in Poland the two differ by well under
     * a metre, far below what an area check can see, so no datum shift is applied.
     */
    private static final String LON_LAT = "+proj=longlat +ellps=GRS80 +no_defs";
    /** Default tolerance of {@link #areaMatch}: declared and computed hectares may differ by up to 2%. */
    public static final double DEFAULT_AREA_TOLERANCE_PCT = 2.0;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final GeometryFactory PROJECTED = new GeometryFactory(new PrecisionModel(), 3035);
    private static final CoordinateReferenceSystem GEOGRAPHIC_CRS;
    private static final CoordinateReferenceSystem LAEA_CRS;
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        CRSFactory crs = new CRSFactory();
        GEOGRAPHIC_CRS = crs.createFromParameters("ETRS89", LON_LAT);
        LAEA_CRS = crs.createFromParameters("EPSG:3035", LAEA_EUROPE);
    }

    private GeoJsonGeometry() {
    }

    /** Parses a GeoJSON Polygon or MultiPolygon geometry object given as JSON text. */
    public static Geometry parse(String json) {
        if (json == null || json.isBlank()) {
            throw new GeoJsonException("", "geometry is empty");
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new GeoJsonException("", "not valid JSON: " + e.getOriginalMessage());
        }
        return parse(node);
    }

    /**
     * Parses a GeoJSON Polygon or MultiPolygon geometry object (lon/lat, SRID 4326). Rings need at least four
     * positions, the first equal to the last; extra ordinates (altitude) are ignored; other members (bbox) too.
     *
     * @throws GeoJsonException naming the path of the first problem
     */
    public static Geometry parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new GeoJsonException("", "a GeoJSON geometry must be a JSON object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new GeoJsonException("type", "is required and must be \"Polygon\" or \"MultiPolygon\"");
        }
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new GeoJsonException("coordinates", "is required and must be an array");
        }
        switch (type.asText()) {
            case "Polygon":
                return polygon(coordinates, "coordinates");
            case "MultiPolygon":
                if (coordinates.isEmpty()) {
                    throw new GeoJsonException("coordinates", "a MultiPolygon needs at least one polygon");
                }
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i), "coordinates[" + i + "]");
                }
                return FACTORY.createMultiPolygon(polygons);
            default:
                throw new GeoJsonException("type", "must be \"Polygon\" or \"MultiPolygon\", not \"" + type.asText()
                        + "\"");
        }
    }

    private static Polygon polygon(JsonNode rings, String path) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new GeoJsonException(path, "a polygon must be a non-empty array of linear rings");
        }
        LinearRing shell = ring(rings.get(0), path + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), path + "[" + i + "]");
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, String path) {
        if (!positions.isArray() || positions.size() < 4) {
            throw new GeoJsonException(path, "a linear ring must be an array of at least 4 positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(positions.get(i), path + "[" + i + "]");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new GeoJsonException(path, "a linear ring must be closed (its last position equal to the first)");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static Coordinate position(JsonNode position, String path) {
        if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                || !position.get(1).isNumber()) {
            throw new GeoJsonException(path, "a position must be an array of numbers [longitude, latitude]");
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new GeoJsonException(path, "longitude must be between -180 and 180");
        }
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new GeoJsonException(path, "latitude must be between -90 and 90");
        }
        return new Coordinate(lon, lat);
    }

    /** Whether the geometry is topologically valid. */
    public static boolean isValid(Geometry geometry) {
        return validate(geometry).valid();
    }

    /** Topological validity with the reason and place of the first error (self-intersection, ...). */
    public static GeometryValidity validate(Geometry geometry) {
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error == null) {
            return GeometryValidity.VALID;
        }
        Coordinate at = error.getCoordinate();
        String where = at == null ? "" : " (lon " + Fmt.num(at.x, EN) + ", lat " + Fmt.num(at.y, EN) + ")";
        String wherePl = at == null ? "" : " (dł. " + Fmt.num(at.x, PL) + "; szer. " + Fmt.num(at.y, PL) + ")";
        return new GeometryValidity(false, errorName(error.getErrorType()),
                "Nieprawidłowa geometria: " + errorPl(error.getErrorType()) + wherePl + ".",
                "Invalid geometry: " + error.getMessage() + where + ".",
                at == null ? null : at.x, at == null ? null : at.y);
    }

    /** The geometry projected to ETRS89 / LAEA Europe (metres, SRID 3035). */
    public static Geometry toEqualArea(Geometry lonLat) {
        return transform(lonLat, GEOGRAPHIC_CRS, LAEA_CRS, PROJECTED);
    }

    /** A geometry in ETRS89 / LAEA Europe metres back to lon/lat (SRID 4326). */
    public static Geometry fromEqualArea(Geometry laea) {
        return transform(laea, LAEA_CRS, GEOGRAPHIC_CRS, FACTORY);
    }

    /** True area of a lon/lat geometry in square metres (through the equal-area projection). */
    public static double areaSquareMetres(Geometry lonLat) {
        return toEqualArea(lonLat).getArea();
    }

    /** True area of a lon/lat geometry in hectares (1 ha = 10,000 m²). */
    public static double areaHectares(Geometry lonLat) {
        return areaSquareMetres(lonLat) / 10_000.0;
    }

    /** {@link #areaMatch(String, Geometry, BigDecimal, double)} with the default 2% tolerance. */
    public static Check areaMatch(String subject, Geometry lonLat, BigDecimal declaredHa) {
        return areaMatch(subject, lonLat, declaredHa, DEFAULT_AREA_TOLERANCE_PCT);
    }

    /**
     * Check {@code AREA_HA_MATCH}: the declared hectares agree with the area computed from the geometry within
     * {@code tolerancePct} percent of the computed area (exactly the tolerance passes). UNKNOWN when either is
     * missing.
     */
    public static Check areaMatch(String subject, Geometry lonLat, BigDecimal declaredHa, double tolerancePct) {
        String rule = "The declared area (ha) agrees with the area computed from the geometry within "
                + Fmt.num(tolerancePct, EN) + "%.";
        String prefix = subject == null ? "" : "subareas[" + subject + "].";
        List<String> missing = new ArrayList<>();
        if (lonLat == null || lonLat.isEmpty()) {
            missing.add(prefix + "geometry");
        }
        if (declaredHa == null) {
            missing.add(prefix + "areaHa");
        }
        String whoPl = subject == null ? "" : "Podobszar " + subject + ": ";
        String whoEn = subject == null ? "" : "Subarea " + subject + ": ";
        if (!missing.isEmpty()) {
            return new Check("AREA_HA_MATCH", null, rule, subject, CheckResult.UNKNOWN, missing, Map.of(),
                    capitalise(whoPl + "brak " + (missing.size() == 2 ? "geometrii i deklarowanej powierzchni"
                            : missing.get(0).endsWith("geometry") ? "geometrii" : "deklarowanej powierzchni")
                            + ", więc nie można porównać powierzchni."),
                    capitalise(whoEn + "the " + (missing.size() == 2 ? "geometry and the declared area are"
                            : missing.get(0).endsWith("geometry") ? "geometry is" : "declared area is")
                            + " missing, so the areas cannot be compared."));
        }
        double computed = areaHectares(lonLat);
        BigDecimal computedHa = BigDecimal.valueOf(computed).setScale(2, RoundingMode.HALF_UP);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("declaredHa", declaredHa);
        figures.put("computedHa", computedHa);
        figures.put("tolerancePct", Fmt.plain(BigDecimal.valueOf(tolerancePct)));
        if (computed <= 0) {
            return new Check("AREA_HA_MATCH", null, rule, subject, CheckResult.FAIL, List.of(), figures,
                    capitalise(whoPl + "geometria ma zerową powierzchnię, a zadeklarowano " + Fmt.num(declaredHa, PL)
                            + " ha."),
                    capitalise(whoEn + "the geometry has zero area, while " + Fmt.num(declaredHa, EN)
                            + " ha is declared."));
        }
        double differencePct = Math.abs(declaredHa.doubleValue() - computed) / computed * 100;
        figures.put("differencePct", BigDecimal.valueOf(differencePct).setScale(2, RoundingMode.HALF_UP));
        boolean pass = differencePct <= tolerancePct + 1e-9;
        String pl = whoPl + "zadeklarowano " + Fmt.num(declaredHa, PL) + " ha, a z geometrii wychodzi "
                + Fmt.num(computedHa, PL) + " ha (w odwzorowaniu równopowierzchniowym ETRS89-LAEA); różnica "
                + Fmt.pctValue(BigDecimal.valueOf(differencePct).setScale(2, RoundingMode.HALF_UP), PL)
                + (pass ? " mieści się w tolerancji " : " przekracza tolerancję ")
                + Fmt.pctValue(BigDecimal.valueOf(tolerancePct), PL) + ".";
        String en = whoEn + Fmt.num(declaredHa, EN) + " ha is declared and the geometry measures "
                + Fmt.num(computedHa, EN) + " ha (in the ETRS89-LAEA equal-area projection); the difference of "
                + Fmt.pctValue(BigDecimal.valueOf(differencePct).setScale(2, RoundingMode.HALF_UP), EN)
                + (pass ? " is within the tolerance of " : " exceeds the tolerance of ")
                + Fmt.pctValue(BigDecimal.valueOf(tolerancePct), EN) + ".";
        return new Check("AREA_HA_MATCH", null, rule, subject, pass ? CheckResult.PASS : CheckResult.FAIL,
                List.of(), figures, capitalise(pl), capitalise(en));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static Geometry transform(Geometry geometry, CoordinateReferenceSystem from,
            CoordinateReferenceSystem to, GeometryFactory factory) {
        // A transform keeps per-call state, so each call gets its own (the CRS objects are read-only).
        CoordinateTransform transform = new CoordinateTransformFactory().createTransform(from, to);
        Geometry copy = factory.createGeometry(geometry);
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                in.x = sequence.getX(i);
                in.y = sequence.getY(i);
                transform.transform(in, out);
                sequence.setOrdinate(i, CoordinateSequence.X, out.x);
                sequence.setOrdinate(i, CoordinateSequence.Y, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    private static String errorName(int type) {
        switch (type) {
            case TopologyValidationError.REPEATED_POINT: return "REPEATED_POINT";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL: return "HOLE_OUTSIDE_SHELL";
            case TopologyValidationError.NESTED_HOLES: return "NESTED_HOLES";
            case TopologyValidationError.DISCONNECTED_INTERIOR: return "DISCONNECTED_INTERIOR";
            case TopologyValidationError.SELF_INTERSECTION: return "SELF_INTERSECTION";
            case TopologyValidationError.RING_SELF_INTERSECTION: return "RING_SELF_INTERSECTION";
            case TopologyValidationError.NESTED_SHELLS: return "NESTED_SHELLS";
            case TopologyValidationError.DUPLICATE_RINGS: return "DUPLICATE_RINGS";
            case TopologyValidationError.TOO_FEW_POINTS: return "TOO_FEW_POINTS";
            case TopologyValidationError.INVALID_COORDINATE: return "INVALID_COORDINATE";
            case TopologyValidationError.RING_NOT_CLOSED: return "RING_NOT_CLOSED";
            default: return "TOPOLOGY_ERROR";
        }
    }

    private static String errorPl(int type) {
        switch (type) {
            case TopologyValidationError.REPEATED_POINT: return "powtórzony punkt";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL: return "otwór leży poza obrysem zewnętrznym";
            case TopologyValidationError.NESTED_HOLES: return "otwory są zagnieżdżone jeden w drugim";
            case TopologyValidationError.DISCONNECTED_INTERIOR: return "wnętrze wielokąta jest rozspójnione";
            case TopologyValidationError.SELF_INTERSECTION: return "samoprzecięcie";
            case TopologyValidationError.RING_SELF_INTERSECTION: return "samoprzecięcie pierścienia";
            case TopologyValidationError.NESTED_SHELLS: return "wielokąty składowe nachodzą na siebie";
            case TopologyValidationError.DUPLICATE_RINGS: return "zdublowane pierścienie";
            case TopologyValidationError.TOO_FEW_POINTS: return "za mało punktów";
            case TopologyValidationError.INVALID_COORDINATE: return "nieprawidłowa współrzędna";
            case TopologyValidationError.RING_NOT_CLOSED: return "pierścień nie jest zamknięty";
            default: return "błąd topologii";
        }
    }
}
