package pl.odnowa.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.databind.ObjectMapper;

class GeoJsonGeometryTest {

    // GRS80
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257222101;
    private static final double E2 = F * (2 - F);

    /** A lon/lat rectangle as GeoJSON, counter-clockwise. */
    static String rectangle(double west, double south, double east, double north) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + west + "," + south + "],[" + east + "," + south + "],["
                + east + "," + north + "],[" + west + "," + north + "],[" + west + "," + south + "]]]}";
    }

    /**
     * Exact area of a lon/lat rectangle on the GRS80 ellipsoid: the area between the equator and latitude φ over a
     * longitude span Δλ is Δλ·b²·F(φ) with F(φ) = sinφ / (2(1 − e²sin²φ)) + ln((1 + e sinφ) / (1 − e sinφ)) / (4e).
     */
    static double ellipsoidRectangleM2(double west, double south, double east, double north) {
        double e = Math.sqrt(E2);
        double b2 = A * A * (1 - E2);
        double dLon = Math.toRadians(east - west);
        return dLon * b2 * (authalicF(Math.toRadians(north), e) - authalicF(Math.toRadians(south), e));
    }

    private static double authalicF(double phi, double e) {
        double s = Math.sin(phi);
        return s / (2 * (1 - E2 * s * s)) + Math.log((1 + e * s) / (1 - e * s)) / (4 * e);
    }

    /** Second method: meridian radius M × prime-vertical radius N × cos φ × Δφ × Δλ at the middle latitude. */
    static double localRadiiRectangleM2(double west, double south, double east, double north) {
        double phi = Math.toRadians((south + north) / 2);
        double s = Math.sin(phi);
        double m = A * (1 - E2) / Math.pow(1 - E2 * s * s, 1.5);
        double n = A / Math.sqrt(1 - E2 * s * s);
        return m * n * Math.cos(phi) * Math.toRadians(north - south) * Math.toRadians(east - west);
    }

    @Test
    void squareNearBielskoBialaMatchesTheEllipsoidArea() {
        Geometry square = GeoJsonGeometry.parse(rectangle(19.04, 49.82, 19.05, 49.83));
        double analytic = ellipsoidRectangleM2(19.04, 49.82, 19.05, 49.83) / 10_000;
        double radii = localRadiiRectangleM2(19.04, 49.82, 19.05, 49.83) / 10_000;
        // the two independent formulas agree (≈ 80.033 ha)
        assertEquals(analytic, radii, analytic * 1e-6);
        assertEquals(80.033, analytic, 0.001);
        double computed = GeoJsonGeometry.areaHectares(square);
        assertEquals(analytic, computed, analytic * 0.005);
        // in fact much closer: straight edges in LAEA vs parallels differ by centimetres only
        assertEquals(analytic, computed, analytic * 1e-4);
    }

    @Test
    void oneKilometreSquareBuiltInLaeaIsOneHundredHectares() {
        GeometryFactory laea = new GeometryFactory();
        double x = 5_030_000;
        double y = 2_980_000;
        Polygon square = laea.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 1000, y),
            new Coordinate(x + 1000, y + 1000), new Coordinate(x, y + 1000), new Coordinate(x, y)});
        Geometry lonLat = GeoJsonGeometry.fromEqualArea(square);
        // the square lies in southern Poland
        Coordinate corner = lonLat.getCoordinates()[0];
        assertTrue(corner.x > 14 && corner.x < 24 && corner.y > 49 && corner.y < 55, corner.toString());
        assertEquals(100.0, GeoJsonGeometry.areaHectares(lonLat), 0.1);
        assertEquals(1_000_000.0, GeoJsonGeometry.areaSquareMetres(lonLat), 1.0);
        assertEquals(4326, lonLat.getSRID());
        assertEquals(3035, GeoJsonGeometry.toEqualArea(lonLat).getSRID());
    }

    @Test
    void holesAreSubtractedAndMultiPolygonsSummed() {
        String withHole = "{\"type\":\"Polygon\",\"coordinates\":["
                + "[[19.04,49.82],[19.05,49.82],[19.05,49.83],[19.04,49.83],[19.04,49.82]],"
                + "[[19.042,49.822],[19.042,49.824],[19.044,49.824],[19.044,49.822],[19.042,49.822]]]}";
        double outer = ellipsoidRectangleM2(19.04, 49.82, 19.05, 49.83);
        double hole = ellipsoidRectangleM2(19.042, 49.822, 19.044, 49.824);
        assertEquals((outer - hole) / 10_000, GeoJsonGeometry.areaHectares(GeoJsonGeometry.parse(withHole)),
                outer / 10_000 * 1e-4);

        String multi = "{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[19.04,49.82],[19.05,49.82],[19.05,49.83],[19.04,49.83],[19.04,49.82]]],"
                + "[[[19.06,49.82],[19.07,49.82],[19.07,49.83],[19.06,49.83],[19.06,49.82]]]]}";
        Geometry parsed = GeoJsonGeometry.parse(multi);
        assertTrue(parsed instanceof MultiPolygon);
        assertEquals(2 * outer / 10_000, GeoJsonGeometry.areaHectares(parsed), outer / 10_000 * 2e-4);
    }

    @Test
    void parsesFromJsonNodeIgnoringAltitudeAndBbox() throws Exception {
        var node = new ObjectMapper().readTree("{\"type\":\"Polygon\",\"bbox\":[19,49,20,50],\"coordinates\":"
                + "[[[19.04,49.82,300],[19.05,49.82,300],[19.05,49.83,310],[19.04,49.82,300]]]}");
        Geometry g = GeoJsonGeometry.parse(node);
        assertEquals("Polygon", g.getGeometryType());
        assertEquals(new Coordinate(19.05, 49.83), g.getCoordinates()[2]);
        assertEquals(4326, g.getSRID());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not json|{\"type\":|''|not valid JSON",
        "array|[1,2]|''|must be a JSON object",
        "no type|{\"coordinates\":[]}|type|is required",
        "point|{\"type\":\"Point\",\"coordinates\":[19,49]}|type|not \"Point\"",
        "no coordinates|{\"type\":\"Polygon\"}|coordinates|is required",
        "empty polygon|{\"type\":\"Polygon\",\"coordinates\":[]}|coordinates|non-empty array of linear rings",
        "empty multipolygon|{\"type\":\"MultiPolygon\",\"coordinates\":[]}|coordinates|at least one polygon",
        "too few|{\"type\":\"Polygon\",\"coordinates\":[[[19,49],[20,49],[19,49]]]}|coordinates[0]|at least 4",
        "not closed|{\"type\":\"Polygon\",\"coordinates\":[[[19,49],[20,49],[20,50],[19,50]]]}|coordinates[0]|closed",
        "text|{\"type\":\"Polygon\",\"coordinates\":[[[19,49],[20,\"49\"],[20,50],[19,49]]]}|coordinates[0][1]"
                + "|array of numbers",
        "lon|{\"type\":\"Polygon\",\"coordinates\":[[[19,49],[200,49],[20,50],[19,49]]]}|coordinates[0][1]|longitude",
        "lat|{\"type\":\"Polygon\",\"coordinates\":[[[19,49],[20,95],[20,50],[19,49]]]}|coordinates[0][1]|latitude",
        "multi ring|{\"type\":\"MultiPolygon\",\"coordinates\":[[[[19,49],[20,49],[20,50],[19,49]]],[[[1,2]]]]}"
                + "|coordinates[1][0]|at least 4",
        "duplicate key|{\"type\":\"Polygon\",\"type\":\"Polygon\",\"coordinates\":[]}|''|not valid JSON"})
    void rejectsBadGeoJsonNamingThePath(String name, String json, String path, String message) {
        GeoJsonException e = assertThrows(GeoJsonException.class, () -> GeoJsonGeometry.parse(json));
        assertEquals(path, e.path());
        assertTrue(e.reason().contains(message), e.getMessage());
    }

    @Test
    void rejectsBlankText() {
        assertThrows(GeoJsonException.class, () -> GeoJsonGeometry.parse((String) null));
        assertThrows(GeoJsonException.class, () -> GeoJsonGeometry.parse("  "));
    }

    @Test
    void validPolygonIsValid() {
        Geometry g = GeoJsonGeometry.parse(rectangle(19.04, 49.82, 19.05, 49.83));
        assertTrue(GeoJsonGeometry.isValid(g));
        GeometryValidity v = GeoJsonGeometry.validate(g);
        assertTrue(v.valid());
        assertNull(v.error());
    }

    @Test
    void bowTieIsASelfIntersectionWithItsPlace() {
        Geometry bowTie = GeoJsonGeometry.parse("{\"type\":\"Polygon\",\"coordinates\":"
                + "[[[19.0,49.0],[19.1,49.1],[19.1,49.0],[19.0,49.1],[19.0,49.0]]]}");
        GeometryValidity v = GeoJsonGeometry.validate(bowTie);
        assertFalse(v.valid());
        assertFalse(GeoJsonGeometry.isValid(bowTie));
        assertEquals("SELF_INTERSECTION", v.error());
        assertEquals(19.05, v.longitude(), 1e-9);
        assertEquals(49.05, v.latitude(), 1e-9);
        assertEquals("Invalid geometry: Self-intersection (lon 19.05, lat 49.05).", v.messageEn());
        assertEquals("Nieprawidłowa geometria: samoprzecięcie (dł. 19,05; szer. 49,05).", v.messagePl());
    }

    @Test
    void holeOutsideShellAndOverlappingPartsAreInvalid() {
        Geometry holeOutside = GeoJsonGeometry.parse("{\"type\":\"Polygon\",\"coordinates\":["
                + "[[19.0,49.0],[19.1,49.0],[19.1,49.1],[19.0,49.1],[19.0,49.0]],"
                + "[[19.2,49.0],[19.3,49.0],[19.3,49.1],[19.2,49.0]]]}");
        assertEquals("HOLE_OUTSIDE_SHELL", GeoJsonGeometry.validate(holeOutside).error());
        Geometry overlapping = GeoJsonGeometry.parse("{\"type\":\"MultiPolygon\",\"coordinates\":["
                + "[[[19.0,49.0],[19.1,49.0],[19.1,49.1],[19.0,49.1],[19.0,49.0]]],"
                + "[[[19.05,49.05],[19.15,49.05],[19.15,49.15],[19.05,49.15],[19.05,49.05]]]]}");
        assertFalse(GeoJsonGeometry.validate(overlapping).valid());
    }

    @Test
    void areaMatchPassesWithinTwoPercentAndFailsOver() {
        Geometry square = GeoJsonGeometry.parse(rectangle(19.04, 49.82, 19.05, 49.83));
        double computed = GeoJsonGeometry.areaHectares(square); // ≈ 80.03 ha

        Check exact = GeoJsonGeometry.areaMatch("R1", square, new BigDecimal("80.03"));
        assertEquals(CheckResult.PASS, exact.result());
        assertEquals("AREA_HA_MATCH", exact.id());
        assertEquals("R1", exact.subject());
        assertEquals(new BigDecimal("80.03"), exact.figures().get("declaredHa"));
        assertEquals(new BigDecimal("80.03"), exact.figures().get("computedHa"));
        assertEquals(new BigDecimal("0.00"), exact.figures().get("differencePct"));
        assertEquals(List.of("declaredHa", "computedHa", "tolerancePct", "differencePct"),
                List.copyOf(exact.figures().keySet()));

        BigDecimal within = ha(computed * 1.0199);
        assertEquals(CheckResult.PASS, GeoJsonGeometry.areaMatch("R1", square, within).result());
        BigDecimal over = ha(computed * 1.0201);
        Check fail = GeoJsonGeometry.areaMatch("R1", square, over);
        assertEquals(CheckResult.FAIL, fail.result());
        assertEquals(new BigDecimal("2.01"), fail.figures().get("differencePct"));
        assertTrue(fail.explanationEn().contains("exceeds the tolerance of 2%"), fail.explanationEn());
        assertTrue(fail.explanationPl().startsWith("Podobszar R1: zadeklarowano 81,64 ha"), fail.explanationPl());
        BigDecimal under = ha(computed * 0.9799);
        assertEquals(CheckResult.FAIL, GeoJsonGeometry.areaMatch("R1", square, under).result());
        assertEquals(CheckResult.PASS, GeoJsonGeometry.areaMatch("R1", square, ha(computed * 1.05),
                5.0).result());
    }

    /** Hectares as stored (numeric(12, 2)). */
    private static BigDecimal ha(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Test
    void areaMatchIsUnknownWithoutData() {
        Geometry square = GeoJsonGeometry.parse(rectangle(19.04, 49.82, 19.05, 49.83));
        Check noDeclared = GeoJsonGeometry.areaMatch("R1", square, null);
        assertEquals(CheckResult.UNKNOWN, noDeclared.result());
        assertEquals(List.of("subareas[R1].areaHa"), noDeclared.missing());
        assertEquals("Subarea R1: the declared area is missing, so the areas cannot be compared.",
                noDeclared.explanationEn());
        Check none = GeoJsonGeometry.areaMatch("R1", null, null);
        assertEquals(List.of("subareas[R1].geometry", "subareas[R1].areaHa"), none.missing());
        assertEquals("Podobszar R1: brak geometrii i deklarowanej powierzchni, więc nie można porównać powierzchni.",
                none.explanationPl());
    }
}
