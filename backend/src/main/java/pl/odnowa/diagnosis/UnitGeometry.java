package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import pl.odnowa.area.GeometryValidator;
import pl.odnowa.evaluation.GeoJsonGeometry;
import pl.odnowa.evaluation.GeometryValidity;

/**
 * A unit's boundary: GeoJSON in WGS 84, or in PUWG 1992 (EPSG:2180, [x easting, y northing] metres) transformed to
 * WGS 84 with proj4j; checked by the rules of subarea geometries plus topological validity (JTS).
 */
final class UnitGeometry {

    static final String WGS84 = "EPSG:4326";
    static final String PUWG1992 = "EPSG:2180";

    /** EPSG:2180 (ETRS89 / Poland CS92) as proj4 parameters. */
    private static final String PUWG1992_PARAMS = "+proj=tmerc +lat_0=0 +lon_0=19 +k=0.9993 +x_0=500000 +y_0=-5300000 "
            + "+ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
    private static final CoordinateReferenceSystem FROM;
    private static final CoordinateReferenceSystem TO;

    static {
        CRSFactory crs = new CRSFactory();
        FROM = crs.createFromParameters(PUWG1992, PUWG1992_PARAMS);
        TO = crs.createFromParameters(WGS84, "+proj=longlat +ellps=WGS84 +datum=WGS84 +no_defs");
    }

    private UnitGeometry() {
    }

    /** Null when the crs is one of the two accepted, otherwise the problem. */
    static String crsProblem(String crs) {
        return crs == null || crs.equals(WGS84) || crs.equals(PUWG1992) ? null
                : "must be EPSG:4326 (WGS 84 longitude, latitude) or EPSG:2180 (PUWG 1992 x, y in metres)";
    }

    /** The geometry in WGS 84: copied unchanged, or transformed from EPSG:2180 (7 decimals, about 1 cm). */
    static JsonNode toWgs84(JsonNode geometry, String crs) {
        if (geometry == null || !PUWG1992.equals(crs) || !geometry.isObject() || !geometry.has("coordinates")) {
            return geometry;
        }
        ObjectNode copy = ((ObjectNode) geometry).deepCopy();
        copy.remove("bbox");
        CoordinateTransform transform = new CoordinateTransformFactory().createTransform(FROM, TO);
        copy.set("coordinates", transform(copy.get("coordinates"), transform));
        return copy;
    }

    private static JsonNode transform(JsonNode node, CoordinateTransform transform) {
        if (!node.isArray()) {
            return node;
        }
        if (node.size() >= 2 && node.get(0).isNumber() && node.get(1).isNumber()) {
            ProjCoordinate out = new ProjCoordinate();
            transform.transform(new ProjCoordinate(node.get(0).doubleValue(), node.get(1).doubleValue()), out);
            ArrayNode position = JsonNodeFactory.instance.arrayNode();
            position.add(round(out.x)).add(round(out.y));
            return position;
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        node.forEach(child -> result.add(transform(child, transform)));
        return result;
    }

    private static BigDecimal round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(7, RoundingMode.HALF_UP);
    }

    /** Null when the WGS 84 geometry is a valid Polygon or MultiPolygon, otherwise what is wrong with it. */
    static String problem(JsonNode wgs84) {
        String shape = GeometryValidator.problem(wgs84);
        if (shape != null) {
            return shape;
        }
        GeometryValidity validity = GeoJsonGeometry.validate(GeoJsonGeometry.parse(wgs84));
        return validity.valid() ? null : validity.messageEn();
    }

    /** Hectares measured on the (valid) geometry, 2 decimals. */
    static BigDecimal hectares(JsonNode wgs84) {
        return BigDecimal.valueOf(GeoJsonGeometry.areaHectares(GeoJsonGeometry.parse(wgs84))).setScale(2, RoundingMode.HALF_UP);
    }
}
