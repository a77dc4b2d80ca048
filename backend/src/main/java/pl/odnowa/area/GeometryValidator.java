package pl.odnowa.area;

import java.util.Iterator;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Checks that a subarea's geometry is an RFC 7946 GeoJSON Polygon or MultiPolygon: WGS 84
 * [longitude, latitude] positions of numbers, closed linear rings of at least 4 positions and no
 * {@code crs} member (RFC 7946 dropped it: coordinates are always WGS 84). Exterior-ring winding is
 * not checked, because RFC 7946 section 3.1.6 tells parsers not to reject the other order.
 */
public final class GeometryValidator {

    private static final Set<String> MEMBERS = Set.of("type", "coordinates", "bbox");

    private GeometryValidator() {
    }

    /** Returns null when the geometry is valid, otherwise a message saying what is wrong and where. */
    public static String problem(JsonNode geometry) {
        try {
            check(geometry);
            return null;
        } catch (Invalid e) {
            return e.getMessage();
        }
    }

    private static void check(JsonNode g) {
        if (!g.isObject()) {
            throw new Invalid("must be a GeoJSON geometry object (RFC 7946) or null");
        }
        if (g.has("crs")) {
            throw new Invalid("must not have a crs member: RFC 7946 coordinates are always WGS 84 longitude, latitude "
                    + "(reproject e.g. EPSG:2180 data first)");
        }
        for (Iterator<String> names = g.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw new Invalid("has an unexpected member '" + abbreviate(name) + "'; a geometry has type, coordinates and optionally bbox");
            }
        }
        JsonNode type = g.get("type");
        if (type == null || !type.isTextual()) {
            throw new Invalid("type is required: Polygon or MultiPolygon");
        }
        JsonNode coordinates = g.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new Invalid("coordinates is required and must be an array");
        }
        switch (type.textValue()) {
            case "Polygon" -> {
                nesting(coordinates, 3, "a Polygon's coordinates are [[[lon, lat], ...], ...] (an array of linear rings)");
                polygon(coordinates, "coordinates", "");
            }
            case "MultiPolygon" -> {
                if (coordinates.isEmpty()) {
                    throw new Invalid("coordinates: a MultiPolygon needs at least one polygon");
                }
                nesting(coordinates, 4, "a MultiPolygon's coordinates are [[[[lon, lat], ...], ...], ...] (an array of polygons, "
                        + "each an array of linear rings)");
                for (int p = 0; p < coordinates.size(); p++) {
                    polygon(coordinates.get(p), "coordinates[" + p + "]", "polygon " + p + ", ");
                }
            }
            default -> throw new Invalid("type '" + abbreviate(type.textValue()) + "' is not supported; use Polygon or MultiPolygon");
        }
        JsonNode bbox = g.get("bbox");
        if (bbox != null) {
            bbox(bbox);
        }
    }

    /**
     * Catches the commonest mistake, one level of arrays too few or too many, with a message about
     * the nesting rather than a puzzling one about the first element that happens to break.
     */
    private static void nesting(JsonNode coordinates, int expected, String shape) {
        int depth = 0;
        JsonNode node = coordinates;
        while (node.isArray() && !node.isEmpty()) {
            depth++;
            node = node.get(0);
        }
        if (node.isNumber() && depth != expected) {
            throw new Invalid("coordinates are nested " + depth + " arrays deep where " + expected + " are needed: " + shape);
        }
    }

    private static void polygon(JsonNode rings, String path, String where) {
        if (!rings.isArray()) {
            throw new Invalid(path + " must be an array of linear rings");
        }
        if (rings.isEmpty()) {
            throw new Invalid(path + ": a polygon needs at least its exterior ring");
        }
        for (int r = 0; r < rings.size(); r++) {
            ring(rings.get(r), path + "[" + r + "]", where + "ring " + r + (r == 0 ? " (exterior)" : " (hole)"));
        }
    }

    private static void ring(JsonNode ring, String path, String where) {
        if (!ring.isArray()) {
            throw new Invalid(path + " (" + where + ") must be an array of positions");
        }
        if (ring.size() < 4) {
            throw new Invalid(path + " (" + where + ") has " + ring.size()
                    + " positions; a linear ring needs at least 4, the last equal to the first");
        }
        for (int i = 0; i < ring.size(); i++) {
            position(ring.get(i), path + "[" + i + "]", where + ", position " + i);
        }
        JsonNode first = ring.get(0);
        JsonNode last = ring.get(ring.size() - 1);
        if (!samePosition(first, last)) {
            throw new Invalid(path + " (" + where + ") is not closed: its last position " + last
                    + " must equal its first " + first);
        }
    }

    private static void position(JsonNode p, String path, String where) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3) {
            throw new Invalid(path + " (" + where + ") must be [longitude, latitude] or [longitude, latitude, altitude]");
        }
        for (int k = 0; k < p.size(); k++) {
            if (!p.get(k).isNumber() || !Double.isFinite(p.get(k).doubleValue())) {
                throw new Invalid(path + " (" + where + ") must contain only numbers; found " + abbreviate(p.get(k).toString()));
            }
        }
        double lon = p.get(0).doubleValue();
        double lat = p.get(1).doubleValue();
        if (lon < -180 || lon > 180) {
            throw new Invalid(path + " (" + where + "): longitude " + plain(p.get(0)) + " is outside [-180, 180]; "
                    + "positions are [longitude, latitude] in WGS 84 degrees");
        }
        if (lat < -90 || lat > 90) {
            throw new Invalid(path + " (" + where + "): latitude " + plain(p.get(1)) + " is outside [-90, 90]; "
                    + "positions are [longitude, latitude] in WGS 84 degrees");
        }
    }

    /** A number as written in plain notation (trees hold decimals as BigDecimal: 5E+5 reads 500000). */
    private static String plain(JsonNode number) {
        return number.isBigDecimal() ? number.decimalValue().toPlainString() : number.asText();
    }

    private static boolean samePosition(JsonNode a, JsonNode b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (a.get(k).doubleValue() != b.get(k).doubleValue()) {
                return false;
            }
        }
        return true;
    }

    private static void bbox(JsonNode bbox) {
        if (!bbox.isArray() || (bbox.size() != 4 && bbox.size() != 6)) {
            throw new Invalid("bbox must be an array of 4 (or 6, with altitudes) numbers");
        }
        for (JsonNode n : bbox) {
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
                throw new Invalid("bbox must contain only numbers; found " + abbreviate(n.toString()));
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
