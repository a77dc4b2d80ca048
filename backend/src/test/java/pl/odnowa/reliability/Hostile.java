package pl.odnowa.reliability;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile values for one field, chosen from its schema. A value is {@code definite} when it breaks a rule on its own
 * (wrong type, out of range, unknown enum constant, over maxLength); otherwise (SQL or script text in a free-text
 * field, a negative number where the schema sets no minimum) it may be valid and is sent only together with another
 * broken rule, so that no fuzz case can write.
 */
final class Hostile {

    record Value(String label, JsonNode json, boolean definite) {
    }

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final ObjectMapper JSON = new ObjectMapper();

    /** Marks a string whose bytes are replaced in the serialized body (invalid UTF-8 and the like). */
    static final String RAW_MARKER = "FUZZ_RAW_MARKER";

    static final List<String> TEXT_PAYLOADS = List.of(
            "' OR 1=1 --", "1; drop table project", "\" OR \"\"=\"", "1' union select password_hash from app_user --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
            "${jndi:ldap://x/a}", "{{7*7}}", "%s%s%s%n", "../../../../etc/passwd",
            "\u202Eevil\u202C", "Zażółć gęślą jaźń 🏚️🏗️", "\uFEFFbom", "e\u0301\u0301\u0301\u0301",
            "  ", "", "\t\r\n");

    private Hostile() {
    }

    static List<Value> forSchema(String name, JsonNode schema, boolean required) {
        List<Value> values = new ArrayList<>();
        String type = schema == null ? "" : schema.path("type").asText("");
        String format = schema == null ? "" : schema.path("format").asText("");
        if (schema != null && schema.has("enum")) {
            String first = schema.get("enum").get(0).asText();
            for (String v : List.of("NOT_A_VALUE", first.toLowerCase(), "' OR 1=1 --", "<script>alert(1)</script>", "")) {
                values.add(new Value("enum:" + v, F.textNode(v), true));
            }
            // Jackson trims the name of an enum constant: " GPR" is GPR, a valid value, so only with another broken rule
            values.add(new Value("enum:padded", F.textNode(" " + first + " "), false));
            values.add(new Value("enum:number", F.numberNode(0), true));
            values.add(new Value("enum:array", F.arrayNode().add(first), true));
        } else if (type.equals("string") && (format.equals("date") || format.equals("date-time"))) {
            for (String v : List.of("2022-13-45", "2022-02-30", "0000-00-00", "+999999999-12-31", "-999999999-01-01",
                    "yesterday", "2022-1-1", "20220101", "2022-01-01T25:61:61Z", "' OR 1=1 --")) {
                values.add(new Value("date:" + v, F.textNode(v), true));
            }
            // an empty date is read as null: valid for an optional date
            values.add(new Value("date:empty", F.textNode(""), required));
            values.add(new Value("date:number", F.numberNode(20220101), true));
        } else if (type.equals("string")) {
            int max = schema.path("maxLength").asInt(-1);
            if (max > 0 && max < 200_000) {
                values.add(new Value("string:maxLength+1", F.textNode("x".repeat(max + 1)), true));
            }
            // 100,000 characters: valid for a field with a larger or no maxLength
            values.add(new Value("string:100k", F.textNode("y".repeat(100_000)), max > 0 && max < 100_000));
            for (String p : TEXT_PAYLOADS) {
                values.add(new Value("string:" + p.strip(), F.textNode(p), false));
            }
            values.add(new Value("string:NUL", F.textNode("a\u0000b"), true));
        } else if (type.equals("integer")) {
            values.add(new Value("int:99999999999999999999999", F.numberNode(new java.math.BigInteger("99999999999999999999999")), true));
            values.add(new Value("int:1e308", F.numberNode(1e308), true));
            values.add(new Value("int:1.5", F.numberNode(1.5), true));
            values.add(new Value("int:-1.0E-400", F.numberNode(new java.math.BigDecimal("-1.0E-400")), true));
            if (!format.equals("int64")) {
                values.add(new Value("int:2147483648", F.numberNode(2147483648L), true));
            }
            for (long v : new long[] {-1, 0, Long.MAX_VALUE, Long.MIN_VALUE}) {
                values.add(new Value("int:" + v, F.numberNode(v), false));
            }
        } else if (type.equals("number")) {
            values.add(new Value("number:99999999999999999999999", F.numberNode(new java.math.BigInteger("99999999999999999999999")), true));
            values.add(new Value("number:1e308", F.numberNode(new java.math.BigDecimal("1e308")), true));
            values.add(new Value("number:-1e308", F.numberNode(new java.math.BigDecimal("-1e308")), true));
            values.add(new Value("number:1e99999", F.numberNode(new java.math.BigDecimal("1e99999")), true));
            values.add(new Value("number:NaN", F.textNode("NaN"), true));
            values.add(new Value("number:Infinity", F.textNode("Infinity"), true));
            for (String v : List.of("-1", "0", "0.001", "1e-400")) {
                values.add(new Value("number:" + v, F.numberNode(new java.math.BigDecimal(v)), false));
            }
        } else if (type.equals("boolean")) {
            values.add(new Value("bool:yes", F.textNode("yes"), true));
            values.add(new Value("bool:1", F.numberNode(1), true));
        } else if (type.equals("array")) {
            int maxItems = schema.path("maxItems").asInt(-1);
            if (maxItems > 0 && maxItems <= 1000) {
                ArrayNode many = F.arrayNode();
                JsonNode item = schema.path("items").path("type").asText().equals("integer") ? F.numberNode(1) : F.textNode("x");
                for (int i = 0; i <= maxItems; i++) {
                    many.add(item);
                }
                values.add(new Value("array:maxItems+1", many, true));
            }
            values.add(new Value("array:object", F.objectNode(), true));
            values.add(new Value("array:[[[]]]", F.arrayNode().add(F.arrayNode().add(F.arrayNode())), true));
        }
        if (!type.equals("array") && !type.equals("object")) {
            values.add(new Value("wrong:array", F.arrayNode().add("' OR 1=1 --"), true));
            values.add(new Value("wrong:object", F.objectNode().put("$gt", ""), true));
        }
        if (!type.equals("string") && !format.equals("date")) {
            values.add(new Value("wrong:string", F.textNode("' OR 1=1 --"), true));
            values.add(new Value("wrong:true", F.booleanNode(true), !type.equals("boolean")));
        } else {
            // decimals travel as strings ("12.50") and numbers are accepted too
            boolean decimal = schema != null && schema.path("examples").path(0).asText("").matches("-?[0-9]+(\\.[0-9]+)?")
                    || schema != null && schema.path("description").asText("").matches("(?s).*(a string or a number|number is accepted).*");
            values.add(new Value("wrong:number", F.numberNode(12345), !decimal));
            values.add(new Value("wrong:true", F.booleanNode(true), true));
        }
        if (type.equals("object")) {
            values.add(new Value("wrong:number", F.numberNode(12345), true));
        }
        values.add(new Value("null", F.nullNode(), required));
        values.add(new Value("invalid-utf8", F.textNode(RAW_MARKER), true));
        if (name.equals("geometry")) {
            values.addAll(geometries());
        }
        return values;
    }

    /** Invalid GeoJSON geometries around Bielsko-Biała: each must be a 400 naming the place. */
    static List<Value> geometries() {
        List<Value> values = new ArrayList<>();
        String ring = "[[19.03,49.82],[19.04,49.82],[19.04,49.83],[19.03,49.83],[19.03,49.82]]";
        String[][] cases = {
                {"empty coordinates", "{\"type\":\"Polygon\",\"coordinates\":[]}"},
                {"unclosed ring", "{\"type\":\"Polygon\",\"coordinates\":[[[19.03,49.82],[19.04,49.82],[19.04,49.83],[19.03,49.83]]]}"},
                {"three points", "{\"type\":\"Polygon\",\"coordinates\":[[[19.03,49.82],[19.04,49.82],[19.03,49.82]]]}"},
                {"bowtie", "{\"type\":\"Polygon\",\"coordinates\":[[[19.03,49.82],[19.04,49.83],[19.04,49.82],[19.03,49.83],[19.03,49.82]]]}"},
                {"repeated point", "{\"type\":\"Polygon\",\"coordinates\":[[[19.03,49.82],[19.03,49.82],[19.03,49.82],[19.03,49.82]]]}"},
                {"hole outside shell", "{\"type\":\"Polygon\",\"coordinates\":[" + ring
                        + ",[[18.0,48.0],[18.01,48.0],[18.01,48.01],[18.0,48.01],[18.0,48.0]]]}"},
                {"lon 1000", "{\"type\":\"Polygon\",\"coordinates\":[[[1000,49.82],[1000.01,49.82],[1000.01,49.83],[1000,49.82]]]}"},
                {"lat 200", "{\"type\":\"Polygon\",\"coordinates\":[[[19.03,200],[19.04,200],[19.04,201],[19.03,200]]]}"},
                {"huge coordinates", "{\"type\":\"Polygon\",\"coordinates\":[[[1e308,1e308],[-1e308,1e308],[1e308,-1e308],[1e308,1e308]]]}"},
                {"text coordinates", "{\"type\":\"Polygon\",\"coordinates\":[[[\"a\",\"b\"],[\"c\",\"d\"],[\"e\",\"f\"],[\"a\",\"b\"]]]}"},
                {"null coordinates", "{\"type\":\"Polygon\",\"coordinates\":[[null,null,null,null]]}"},
                {"one-number positions", "{\"type\":\"Polygon\",\"coordinates\":[[[19],[19],[19],[19]]]}"},
                {"missing coordinates", "{\"type\":\"Polygon\"}"},
                {"coordinates string", "{\"type\":\"Polygon\",\"coordinates\":\"POLYGON((0 0,1 0,1 1,0 0))\"}"},
                {"too deep", "{\"type\":\"Polygon\",\"coordinates\":[[[[[[19.03,49.82]]]]]]}"},
                {"circle", "{\"type\":\"Circle\",\"coordinates\":[19.03,49.82],\"radius\":100}"},
                {"point", "{\"type\":\"Point\",\"coordinates\":[19.03,49.82]}"},
                {"line", "{\"type\":\"LineString\",\"coordinates\":[[19.03,49.82],[19.04,49.83]]}"},
                {"empty collection", "{\"type\":\"GeometryCollection\",\"geometries\":[]}"},
                {"feature", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]},\"properties\":{}}"},
                {"empty multipolygon", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[]]]}"},
                {"multipolygon of rings", "{\"type\":\"MultiPolygon\",\"coordinates\":[" + ring + "]}"},
                {"overlapping multipolygon", "{\"type\":\"MultiPolygon\",\"coordinates\":[[" + ring + "],[" + ring + "]]}"},
                {"no type", "{\"coordinates\":[" + ring + "]}"},
                {"type number", "{\"type\":5,\"coordinates\":[" + ring + "]}"},
                {"lowercase type", "{\"type\":\"polygon\",\"coordinates\":[" + ring + "]}"},
                {"wkt", "\"POLYGON((19.03 49.82,19.04 49.82,19.04 49.83,19.03 49.82))\""},
                {"array", "[]"},
                {"empty object", "{}"},
        };
        // An area keeps a boundary as drawn when it is well-formed GeoJSON: topological faults (self-intersection,
        // a hole outside its shell, overlapping parts) are reported by the evaluation checks (GeometryValidity),
        // not refused, so those are sent only with another broken rule.
        List<String> topological = List.of("bowtie", "repeated point", "hole outside shell", "overlapping multipolygon");
        for (String[] c : cases) {
            try {
                values.add(new Value("geojson:" + c[0], JSON.readTree(c[1]), !topological.contains(c[0])));
            } catch (Exception e) {
                throw new IllegalStateException(c[0], e);
            }
        }
        // a zig-zag ring of 20,001 points that crosses itself everywhere
        ArrayNode zigzag = F.arrayNode();
        for (int i = 0; i < 20_000; i++) {
            zigzag.add(F.arrayNode().add(19.0 + (i % 2) * 0.01).add(49.8 + i * 0.000001));
        }
        zigzag.add(F.arrayNode().add(19.0).add(49.8));
        ObjectNode big = F.objectNode().put("type", "Polygon");
        big.putArray("coordinates").add(zigzag);
        values.add(new Value("geojson:20k-point self-crossing ring", big, false));
        return values;
    }
}
