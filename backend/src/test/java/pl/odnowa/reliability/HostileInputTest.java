package pl.odnowa.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

/**
 * The hostile-input test (issue #7): a generator derived from openapi.yaml sends malformed and boundary requests to
 * every operation, with real ids of a test municipality's objects in the paths. Each request breaks at least one
 * rule. Expected: no 5xx, every 4xx an application/problem+json body whose status matches, and the database
 * (every table but login_failure and flyway_schema_history) byte for byte the same afterwards.
 */
@QuarkusTest
class HostileInputTest extends ApiTest {

    static final int THREADS = 4;

    @Inject
    DataSource db;

    Contract contract;
    String bearer;
    final Map<String, String> ids = new HashMap<>();
    final Map<String, String> etags = new ConcurrentHashMap<>();
    final Map<String, JsonNode> representations = new ConcurrentHashMap<>();

    /** One request as bytes: exactly what goes on the wire (apart from Host and Content-Length). */
    record Case(String operation, String kind, String method, String uri, Map<String, String> headers, byte[] body) {
    }

    record Outcome(Case sent, int status, String contentType, String body, String error) {
    }

    /**
     * A 5xx or no answer. Not one: the 503 problem a well-formed statistics request gets because the tests point GUS
     * BDL at a closed port (the documented answer when BDL cannot be reached).
     */
    static boolean serverError(Outcome o) {
        boolean bdlUnreachable = o.status() == 503 && o.body() != null && o.body().contains("urn:odnowa:problem:bdl-unavailable");
        return (o.status() >= 500 || o.error() != null) && !bdlUnreachable;
    }

    @Test
    void hostileRequestsAreRefusedWithProblemsAndWriteNothing() throws Exception {
        contract = new Contract(Path.of("../openapi.yaml"));
        bearer = "Bearer " + token("admin", ADMIN_PASSWORD);
        createTargets();
        List<Case> cases = generate();

        Map<String, String> before = checksums();
        long started = System.nanoTime();
        List<Outcome> outcomes = send(cases);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        Map<String, String> after = checksums();

        List<String> changedTables = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
        String report = report(outcomes, contract.operations.size(), seconds, changedTables, before.size());
        System.out.println(report);
        Files.writeString(Path.of("target/hostile-input-report.md"), report);

        List<Outcome> serverErrors = outcomes.stream().filter(HostileInputTest::serverError).toList();
        List<Outcome> notProblems = outcomes.stream().filter(o -> o.status() >= 400 && o.status() < 500 && !isProblem(o)).toList();
        assertTrue(outcomes.size() >= 10_000, "at least 10,000 cases: " + outcomes.size());
        assertEquals(List.of(), serverErrors.stream().map(HostileInputTest::describe).limit(30).toList(), "5xx or no answer");
        assertEquals(List.of(), notProblems.stream().map(HostileInputTest::describe).limit(30).toList(), "4xx without a problem body");
        assertEquals(List.of(), changedTables, "tables changed by refused requests");
    }

    // ---------------------------------------------------------------- targets: real objects whose ids go in paths

    private void createTargets() {
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        Map<String, Object> ring = Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(19.03, 49.82),
                List.of(19.04, 49.82), List.of(19.04, 49.83), List.of(19.03, 49.83), List.of(19.03, 49.82))));
        Map<String, Object> subarea = Map.of("code", "S1", "name", "Podobszar S1", "geometry", ring, "areaHa", "80.00",
                "residents", 1000, "residentsDate", "2021-12-31", "crisis", Map.of("social", true, "economic", true));
        long area = Fixtures.post("/api/v1/areas", Map.of("programmeId", programme, "kind", "REVITALISATION",
                "name", unique("Obszar"), "subareas", List.of(subarea))).longValue();
        long project = Fixtures.post("/api/v1/projects", Map.of("programmeId", programme, "kind", "BASIC",
                "title", unique("Projekt"), "status", "IMPLEMENTATION")).longValue();
        long indicator = IndicatorFixtures.indicator(programme, Map.of());
        long observation = IndicatorFixtures.observation(indicator, 2022, "12.5", null);
        long recommendation = Fixtures.post("/api/v1/recommendations", Map.of("programmeId", programme,
                "title", unique("Rekomendacja"), "text", "Dodać wskaźnik rezultatu.", "priority", "HIGH")).longValue();
        long evaluation = Fixtures.post("/api/v1/evaluations", Map.of("programmeId", programme, "type", "PERIODIC",
                "date", "2024-06-30", "author", "Zespół ewaluacyjny")).longValue();
        long step = Fixtures.post("/api/v1/procedure-steps", Map.of("programmeId", programme, "kind", "AREA_DESIGNATION",
                "date", "2022-08-25", "documentNumber", "XLVII/1/2022")).longValue();
        long consultation = Fixtures.post("/api/v1/consultations", Map.of("programmeId", programme, "startDate", "2024-03-01",
                "endDate", "2024-04-04", "forms", List.of("ELECTRONIC_COMMENTS", "MEETING", "SURVEY"),
                "comments", List.of(Map.of("content", "Uwaga")))).longValue();
        long committee = Fixtures.post("/api/v1/committees", Map.of("programmeId", programme,
                "members", List.of(Map.of("name", "Anna Nowak", "represents", "RESIDENTS")),
                "meetings", List.of(Map.of("date", "2023-09-12")),
                "opinions", List.of(Map.of("subject", "Projekt GPR", "procedureStepId", step, "stance", "POSITIVE")))).longValue();
        long monitoring = Fixtures.post("/api/v1/monitoring-records", Map.of("projectId", project, "year", 2024, "progress", "40",
                "funding", List.of(Map.of("source", "EFRR", "planned", "100000.00", "actual", "80000.00")))).longValue();
        long unit = Fixtures.post("/api/v1/spatial-units", Map.of("municipality", teryt, "code", "U1", "name", "Jednostka U1",
                "geometry", ring, "residents", 1000)).longValue();
        long diagnostic = Fixtures.post("/api/v1/diagnostic-indicators", Map.of("municipality", teryt, "code", "S1", "year", 2023,
                "name", "Udział osób w pomocy społecznej", "sphere", "SOCIAL", "direction", "HIGHER_IS_WORSE", "rate", true)).longValue();
        String username = "fuzz" + unique("").replaceAll("[^A-Za-z0-9]", "");
        Number user = RestAssured.given().contentType(ContentType.JSON).body(Map.of("username", username,
                "password", "a-long-test-password", "role", "EDITOR", "municipality", teryt))
                .when().post("/api/v1/users").then().statusCode(201).extract().path("id");
        Number key = RestAssured.given().contentType(ContentType.JSON).body(Map.of("name", unique("fuzz key"),
                "municipality", teryt, "role", "VIEWER"))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("id");
        ids.put("municipalities", teryt);
        ids.put("programmes", String.valueOf(programme));
        ids.put("areas", String.valueOf(area));
        ids.put("projects", String.valueOf(project));
        ids.put("indicators", String.valueOf(indicator));
        ids.put("observationId", String.valueOf(observation));
        ids.put("recommendations", String.valueOf(recommendation));
        ids.put("evaluations", String.valueOf(evaluation));
        ids.put("procedure-steps", String.valueOf(step));
        ids.put("consultations", String.valueOf(consultation));
        ids.put("committees", String.valueOf(committee));
        ids.put("monitoring-records", String.valueOf(monitoring));
        ids.put("spatial-units", String.valueOf(unit));
        ids.put("diagnostic-indicators", String.valueOf(diagnostic));
        ids.put("users", String.valueOf(user));
        ids.put("api-keys", String.valueOf(key));
        ids.put("sdg/targets", RestAssured.given().when().get("/api/v1/sdg/targets").then().statusCode(200).extract().path("items[0].code"));
        ids.put("sdg/indicators", RestAssured.given().when().get("/api/v1/sdg/indicators").then().statusCode(200).extract().path("items[0].code"));
    }

    /** The id of the target object for a path parameter. */
    private String target(String path, String param) {
        if (param.equals("observationId") || param.equals("teryt")) {
            return ids.get(param.equals("teryt") ? "municipalities" : param);
        }
        if (param.equals("year")) {
            return "2024"; // the monitoring report of a year within the programme's period (2022–2030)
        }
        if (param.equals("code")) {
            return path.contains("/subareas/") ? "S1" : ids.get(path.contains("/sdg/targets/") ? "sdg/targets" : "sdg/indicators");
        }
        return ids.get(path.split("/")[3]);
    }

    private String concrete(Contract.Operation op) {
        String path = op.path();
        for (Contract.Param p : op.in("path")) {
            path = path.replace("{" + p.name() + "}", target(op.path(), p.name()));
        }
        return path;
    }

    /** The current representation of the object at this path, fetched once before the checksum. */
    private JsonNode representation(String path) {
        return representations.computeIfAbsent(path, p -> {
            var response = RestAssured.given().accept(ContentType.JSON).when().get(p).then().statusCode(200).extract();
            etags.put(p, response.header("ETag"));
            try {
                return Hostile.JSON.readTree(response.asString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // ---------------------------------------------------------------- generation

    private List<Case> generate() throws Exception {
        List<Case> cases = new ArrayList<>();
        Map<String, List<String>> methodsByPath = new LinkedHashMap<>();
        for (Contract.Operation op : contract.operations) {
            methodsByPath.computeIfAbsent(op.path(), p -> new ArrayList<>()).add(op.method());
            String path = concrete(op);
            Shape shape = shape(op, path);
            String etag = shape.needsIfMatch ? etagOf(path) : null;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", bearer);
            // the exports answer CSV or GeoJSON: with Accept: application/json they would stop at 406
            headers.put("Accept", op.path().contains("/exports/") || op.path().endsWith(".ics") ? "*/*" : "application/json");
            if (etag != null) {
                headers.put("If-Match", etag);
            }
            Builder b = new Builder(op, path, headers, shape, cases);
            if (shape.base != null) {
                bodyCases(b);
                wholeBodyCases(b);
            }
            pathCases(b);
            queryCases(b);
            headerCases(b, etag);
            authCases(b);
        }
        // methods a path does not have: 405 as a problem
        for (Map.Entry<String, List<String>> e : methodsByPath.entrySet()) {
            Contract.Operation any = contract.operations.stream().filter(o -> o.path().equals(e.getKey())).findFirst().orElseThrow();
            for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (!e.getValue().contains(method)) {
                    Map<String, String> headers = Map.of("Authorization", bearer, "Content-Type", "application/json",
                            "If-Match", "\"999999\"");
                    cases.add(new Case(method + " " + e.getKey(), "method not in the contract", method, concrete(any),
                            headers, method.equals("GET") || method.equals("DELETE") ? null : "{\"fuzzUnknown\":1}".getBytes()));
                }
            }
        }
        // over the body limit (10M): 413 as a problem
        Contract.Operation programmes = contract.operations.stream()
                .filter(o -> o.method().equals("POST") && o.path().equals("/api/v1/programmes")).findFirst().orElseThrow();
        byte[] huge = ("{\"name\":\"" + "z".repeat(11 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);
        cases.add(new Case(programmes.label(), "body over the 10 MB limit", "POST", "/api/v1/programmes",
                Map.of("Authorization", bearer, "Content-Type", "application/json"), huge));
        return cases;
    }

    /** A base body for an operation, how to make it certainly invalid, and the schema its fields follow. */
    static final class Shape {
        JsonNode base;
        JsonNode schema;
        boolean needsIfMatch;
        boolean readOnly;
        String contentType = "application/json";
    }

    private Shape shape(Contract.Operation op, String path) {
        Shape s = new Shape();
        s.needsIfMatch = op.in("header").stream().anyMatch(p -> p.name().equals("If-Match"));
        // nothing is written by these: a 2xx is an answer, not a partial write
        s.readOnly = op.method().equals("GET") || op.path().equals("/api/v1/compliance/areas");
        if (op.bodySchema() == null) {
            return s;
        }
        JsonNode schema = op.bodySchema();
        if (op.method().equals("PATCH")) {
            // a merge patch follows the PUT schema of the same path; it starts empty and gets one member
            schema = contract.operations.stream().filter(o -> o.path().equals(op.path()) && o.method().equals("PUT"))
                    .map(Contract.Operation::bodySchema).findFirst().orElse(schema);
            s.contentType = "application/merge-patch+json";
            s.base = Hostile.F.objectNode();
            s.schema = schema;
            return s;
        }
        s.schema = schema;
        String source = op.method().equals("PUT") ? path : sourceOfPost(op.path());
        if (source != null) {
            s.base = project(representation(source), schema);
        } else if (op.bodyExample() != null && !op.bodyExample().isMissingNode()) {
            s.base = op.bodyExample().deepCopy();
        } else {
            s.base = sample(schema, 0);
        }
        if (s.base instanceof ObjectNode o && contract.properties(schema).containsKey("password") && !o.has("password")) {
            o.put("password", "a-long-test-password");
        }
        if (op.path().endsWith("/import") && s.base.path("observations").path(0) instanceof ObjectNode row) {
            // a subarea code makes the row's areaKind count (it is ignored for a whole-scope row)
            row.put("subareaCode", "S1");
        }
        if (op.path().equals("/api/v1/auth/token")) {
            s.base = Hostile.F.objectNode().put("username", "fuzz-nobody").put("password", "not-the-password");
        }
        return s;
    }

    /** The object whose representation makes a near-valid body for a POST on this collection. */
    private String sourceOfPost(String path) {
        if (path.equals("/api/v1/indicators/{id}/observations")) {
            return "/api/v1/indicators/" + ids.get("indicators") + "/observations/" + ids.get("observationId");
        }
        String[] parts = path.split("/");
        if (parts.length == 4 && ids.containsKey(parts[3])) {
            return path + "/" + ids.get(parts[3]);
        }
        return null;
    }

    private String etagOf(String path) {
        if (!etags.containsKey(path)) {
            representation(path);
        }
        return etags.get(path);
    }

    /** The value reduced to the members the schema knows, recursively (a response has id, version, …). */
    private JsonNode project(JsonNode value, JsonNode schema) {
        schema = contract.resolve(schema);
        if (value == null || schema == null) {
            return value;
        }
        Map<String, JsonNode> properties = contract.properties(schema);
        if (value.isObject() && !properties.isEmpty()) {
            ObjectNode result = Hostile.F.objectNode();
            properties.forEach((name, s) -> {
                if (value.has(name) && !value.get(name).isNull()) {
                    result.set(name, project(value.get(name), s));
                }
            });
            return result;
        }
        if (value.isArray() && schema.has("items")) {
            ArrayNode result = Hostile.F.arrayNode();
            JsonNode items = schema.get("items");
            value.forEach(v -> result.add(project(v, items)));
            return result;
        }
        return value;
    }

    private JsonNode sample(JsonNode schema, int depth) {
        schema = contract.resolve(schema);
        if (schema == null || depth > 4) {
            return Hostile.F.nullNode();
        }
        if (schema.has("examples")) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (schema.path("type").asText()) {
            case "array":
                return Hostile.F.arrayNode().add(sample(schema.path("items"), depth + 1));
            case "integer":
                return Hostile.F.numberNode(1);
            case "number":
                return Hostile.F.numberNode(1.5);
            case "boolean":
                return Hostile.F.booleanNode(true);
            case "string":
                return Hostile.F.textNode(schema.path("format").asText().equals("date") ? "2023-01-01" : "x");
            default:
                ObjectNode o = Hostile.F.objectNode();
                final int d = depth;
                contract.properties(schema).forEach((n, s) -> o.set(n, sample(s, d + 1)));
                return o;
        }
    }

    /** Adds cases for one operation; knows how to make a body certainly invalid ("guard" it). */
    final class Builder {
        final Contract.Operation op;
        final String path;
        final Map<String, String> headers;
        final Shape shape;
        final List<Case> cases;

        Builder(Contract.Operation op, String path, Map<String, String> headers, Shape shape, List<Case> cases) {
            this.op = op;
            this.path = path;
            this.headers = headers;
            this.shape = shape;
            this.cases = cases;
        }

        void add(String kind, String uri, Map<String, String> headers, byte[] body) {
            cases.add(new Case(op.label(), kind, op.method(), uri, headers, body));
        }

        void json(String kind, JsonNode body, boolean definite, String except) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("Content-Type", shape.contentType);
            JsonNode sent = body;
            if (!definite) {
                if (h.containsKey("If-Match")) {
                    h.put("If-Match", "\"999999\""); // a stale version: refused before anything is written
                } else {
                    sent = guard(body, except);
                }
            }
            add(kind, path, h, bytes(sent));
        }

        /** The body with another rule broken: a required member other than {@code except} made null. */
        JsonNode guard(JsonNode body, String except) {
            ObjectNode copy = body.isObject() ? ((ObjectNode) body).deepCopy() : Hostile.F.objectNode();
            for (String r : contract.required(shape.schema)) {
                if (!r.equals(except)) {
                    copy.putNull(r);
                    return copy;
                }
            }
            copy.put("fuzzUnknownMember", true);
            return copy;
        }

        byte[] guarded() {
            JsonNode body = shape.base == null ? Hostile.F.objectNode() : shape.base;
            return bytes(headers.containsKey("If-Match") ? body : guard(body, null));
        }

        Map<String, String> staleHeaders() {
            Map<String, String> h = new LinkedHashMap<>(headers);
            if (h.containsKey("If-Match")) {
                h.put("If-Match", "\"999999\"");
            }
            return h;
        }
    }

    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
    private static int utf8Turn;

    /** Serialises the tree; the raw marker becomes invalid UTF-8 bytes inside the string. */
    static byte[] bytes(JsonNode body) {
        try {
            byte[] json = Hostile.JSON.writeValueAsBytes(body);
            return replace(json, Hostile.RAW_MARKER.getBytes(StandardCharsets.US_ASCII), INVALID_UTF8[utf8Turn++ % INVALID_UTF8.length]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] replace(byte[] data, byte[] marker, byte[] with) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        for (int i = 0; i < data.length; i++) {
            if (i <= data.length - marker.length && java.util.Arrays.equals(data, i, i + marker.length, marker, 0, marker.length)) {
                out.writeBytes(with);
                i += marker.length - 1;
            } else {
                out.write(data[i]);
            }
        }
        return out.toByteArray();
    }

    private void bodyCases(Builder b) {
        Shape s = b.shape;
        Map<String, JsonNode> properties = contract.properties(s.schema);
        List<String> required = b.op.method().equals("PATCH") ? List.of() : contract.required(s.schema);
        if (properties.isEmpty() && s.base.isObject()) {
            walk(b, (ObjectNode) s.base, s.base, "");
        }
        for (Map.Entry<String, JsonNode> p : properties.entrySet()) {
            String name = p.getKey();
            for (Hostile.Value v : Hostile.forSchema(name, p.getValue(), required.contains(name))) {
                ObjectNode body = ((ObjectNode) s.base).deepCopy();
                body.set(name, v.json());
                b.json(name + " = " + v.label(), body, definite(b, v), name);
            }
            // members of the first element of an array of objects (subareas, funding sources, findings, rows)
            JsonNode items = contract.resolve(p.getValue().path("items"));
            Map<String, JsonNode> itemProperties = contract.properties(items);
            if (!itemProperties.isEmpty()) {
                List<String> itemRequired = contract.required(items);
                JsonNode first = s.base.path(name).path(0);
                ObjectNode element = first.isObject() ? ((ObjectNode) first).deepCopy() : (ObjectNode) sample(items, 1);
                for (Map.Entry<String, JsonNode> ip : itemProperties.entrySet()) {
                    for (Hostile.Value v : Hostile.forSchema(ip.getKey(), ip.getValue(), itemRequired.contains(ip.getKey()))) {
                        ObjectNode body = ((ObjectNode) s.base).deepCopy();
                        ObjectNode e = element.deepCopy();
                        e.set(ip.getKey(), v.json());
                        body.putArray(name).add(e);
                        b.json(name + "[0]." + ip.getKey() + " = " + v.label(), body, definite(b, v), name);
                    }
                }
            }
        }
        for (String r : required) {
            ObjectNode body = ((ObjectNode) s.base).deepCopy();
            body.remove(r);
            b.json("missing " + r, body, true, r);
        }
        for (String payload : List.of("' OR 1=1 --", "<script>alert(1)</script>", "x")) {
            ObjectNode body = s.base.isObject() ? ((ObjectNode) s.base).deepCopy() : Hostile.F.objectNode();
            body.put("fuzz_unknown_" + Math.abs(payload.hashCode()), payload);
            b.json("unknown member", body, true, null);
        }
        if (s.base.isObject() && s.base.size() > 0) {
            // the same member twice: refused, never "last one wins"
            String json = new String(bytes(s.base), StandardCharsets.UTF_8);
            String first = s.base.fieldNames().next();
            String dup = "{\"" + first + "\":" + s.base.get(first) + "," + json.substring(1);
            b.add("duplicate member " + first, b.path, withType(b.headers, b.shape.contentType), dup.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The import reads an empty text as an absent field (documented), so "" is valid there. */
    private static boolean definite(Builder b, Hostile.Value v) {
        boolean emptyText = v.json().isTextual() && v.json().asText().isEmpty();
        return v.definite() && !(emptyText && b.op.path().endsWith("/import"));
    }

    /** Bodies known only from an example (the compliance FeatureCollection): every leaf replaced in turn. */
    private void walk(Builder b, ObjectNode root, JsonNode node, String at) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                String where = at.isEmpty() ? f.getKey() : at + "." + f.getKey();
                if (f.getKey().equals("geometry")) {
                    for (Hostile.Value v : Hostile.geometries()) {
                        b.json(where + " = " + v.label(), replaced(root, where, v.json()), true, null);
                    }
                } else if (f.getValue().isValueNode()) {
                    String type = f.getValue().isNumber() ? (f.getValue().isIntegralNumber() ? "integer" : "number")
                            : f.getValue().isBoolean() ? "boolean" : "string";
                    JsonNode schema = Hostile.F.objectNode().put("type", type);
                    for (Hostile.Value v : Hostile.forSchema(f.getKey(), schema, false)) {
                        if (v.definite()) {
                            b.json(where + " = " + v.label(), replaced(root, where, v.json()), true, null);
                        }
                    }
                } else {
                    walk(b, root, f.getValue(), where);
                }
            });
        } else if (node.isArray() && node.size() > 0 && !at.endsWith("coordinates")) {
            walk(b, root, node.get(0), at + "[0]");
        }
    }

    private static JsonNode replaced(ObjectNode root, String where, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        JsonNode parent = copy;
        String[] steps = where.replace("[0]", ".0").split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = steps[i].equals("0") ? parent.get(0) : parent.get(steps[i]);
        }
        ((ObjectNode) parent).set(steps[steps.length - 1], value);
        return copy;
    }

    private static Map<String, String> withType(Map<String, String> headers, String type) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        if (type == null) {
            h.remove("Content-Type");
        } else {
            h.put("Content-Type", type);
        }
        return h;
    }

    private void wholeBodyCases(Builder b) {
        String type = b.shape.contentType;
        Map<String, String> h = withType(b.headers, type);
        boolean anyBodyValid = b.op.method().equals("PATCH") || contract.required(b.shape.schema).isEmpty();
        Map<String, String> strict = anyBodyValid ? withType(b.staleHeaders(), type) : h;
        Map<String, String[]> bodies = new LinkedHashMap<>();
        bodies.put("empty body", new String[] {""});
        bodies.put("JSON null", new String[] {"null"});
        bodies.put("JSON array", new String[] {"[]"});
        bodies.put("JSON string", new String[] {"\"' OR 1=1 --\""});
        bodies.put("JSON number", new String[] {"99999999999999999999999"});
        bodies.put("JSON true", new String[] {"true"});
        bodies.put("truncated", new String[] {"{"});
        bodies.put("stray brace", new String[] {"}"});
        bodies.put("missing value", new String[] {"{\"a\":}"});
        bodies.put("single quotes", new String[] {"{'a':1}"});
        bodies.put("comments", new String[] {"/* x */ {}"});
        bodies.put("trailing garbage", new String[] {"{} garbage"});
        bodies.put("two documents", new String[] {"{} {}"});
        bodies.put("NaN", new String[] {"{\"a\":NaN}"});
        bodies.put("deep arrays 10000", new String[] {"[".repeat(10_000) + "]".repeat(10_000)});
        bodies.put("deep objects 10000", new String[] {"{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)});
        bodies.put("deep arrays 999", new String[] {"[".repeat(999) + "]".repeat(999)});
        bodies.put("unterminated deep", new String[] {"[".repeat(50_000)});
        bodies.put("huge number", new String[] {"{\"a\":" + "9".repeat(5000) + "}"});
        bodies.put("huge exponent", new String[] {"{\"a\":1e999999999}"});
        bodies.put("long key", new String[] {"{\"" + "k".repeat(100_000) + "\":1}"});
        bodies.put("many keys", new String[] {IntStreamKeys.many(20_000)});
        for (Map.Entry<String, String[]> e : bodies.entrySet()) {
            if (!anyBodyValid || !e.getKey().startsWith("JSON")) {
                b.add(e.getKey(), b.path, strict, e.getValue()[0].getBytes(StandardCharsets.UTF_8));
            }
        }
        // invalid UTF-8 around and inside a near-valid body
        byte[] base = bytes(b.shape.base);
        for (byte[] bad : INVALID_UTF8) {
            b.add("invalid UTF-8 prefix", b.path, strict, concat(bad, base));
            b.add("invalid UTF-8 in body", b.path, strict, concat(java.util.Arrays.copyOf(base, Math.max(1, base.length - 1)), bad, "}".getBytes()));
        }
        // wrong content types, all with a certainly invalid body
        byte[] guarded = b.guarded();
        Map<String, String> stale = b.staleHeaders();
        for (String wrong : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/octet-stream", "text/html", "application/json-patch+json",
                "*/*", "garbage", "application/json; charset=UTF-16", "application/json; charset=x-unknown")) {
            b.add("Content-Type " + wrong, b.path, withType(stale, wrong), guarded);
        }
        b.add("no Content-Type", b.path, withType(stale, null), guarded);
        b.add("XML body", b.path, withType(stale, "application/xml"), "<programme><name>x</name></programme>".getBytes());
        b.add("form body", b.path, withType(stale, "application/x-www-form-urlencoded"), "name=%27+OR+1%3D1+--".getBytes());
        b.add("UTF-16 body", b.path, withType(stale, type), new String(guarded, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16));
        b.add("Accept: application/xml", b.path, withType(withAccept(stale, "application/xml"), type), guarded);
        b.add("Accept: garbage", b.path, withType(withAccept(stale, "!!!"), type), guarded);
    }

    private static Map<String, String> withAccept(Map<String, String> headers, String accept) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put("Accept", accept);
        return h;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** A JSON object with many distinct keys. */
    static final class IntStreamKeys {
        static String many(int n) {
            return java.util.stream.IntStream.range(0, n).mapToObj(i -> "\"k" + i + "\":" + i).collect(Collectors.joining(",", "{", "}"));
        }
    }

    static final List<String> PATH_VALUES = List.of("-1", "0", "99999999999999999999", "9223372036854775808", "abc", "%00",
            "%27%20OR%201%3D1%20--", "1%3B%20drop%20table%20project", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "1.5", "0x10", "1e3",
            "%20", "%E2%80%AE", "%C3%28", "%FF", "..%2F..%2Fetc%2Fpasswd", "1%2F2", "9".repeat(3000), "%F0%9F%8F%9A");

    private void pathCases(Builder b) {
        for (Contract.Param p : b.op.in("path")) {
            for (String value : PATH_VALUES) {
                String uri = b.op.path();
                for (Contract.Param other : b.op.in("path")) {
                    uri = uri.replace("{" + other.name() + "}", other == p ? value : target(b.op.path(), other.name()));
                }
                b.add("path " + p.name() + " = " + abbreviate(value), uri, withType(b.headers, b.shape.contentType),
                        b.shape.base == null ? null : bytes(b.shape.base));
            }
        }
    }

    static final List<String> QUERY_VALUES = List.of("%27%20OR%201%3D1%20--", "1%3B%20drop%20table%20project",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "-1", "0", "99999999999999999999", "1e308", "abc", "%00", "", "%C3%28",
            "%FF", "a%26b%3Dc", "true", "2022-13-45", "%25", "%5C", "_", "*", "x".repeat(2000), "1,2,3", "%E2%80%AE");

    private void queryCases(Builder b) {
        List<Contract.Param> query = b.op.in("query");
        byte[] body = b.shape.base == null ? null : b.shape.readOnly ? bytes(b.shape.base) : b.guarded();
        Map<String, String> h = withType(b.shape.readOnly ? b.headers : b.staleHeaders(), b.shape.contentType);
        String valid = b.op.path().equals("/api/v1/compliance/areas") ? "municipality=" + ids.get("municipalities") : null;
        for (Contract.Param p : query) {
            for (String value : QUERY_VALUES) {
                String q = p.name() + "=" + value;
                if (valid != null && !p.name().equals("municipality")) {
                    q = valid + "&" + q;
                }
                b.add("query " + p.name() + " = " + abbreviate(value), b.path + "?" + q, h, body);
            }
            b.add("query " + p.name() + " twice", b.path + "?" + p.name() + "=1&" + p.name() + "=abc", h, body);
        }
        if (!query.isEmpty()) {
            b.add("unknown query parameter", b.path + "?fuzz%27=1&page=-1&size=999999999", h, body);
        }
    }

    private void headerCases(Builder b, String etag) {
        byte[] body = b.shape.base == null ? null : bytes(b.shape.base);
        Map<String, String> h = withType(b.headers, b.shape.contentType);
        if (etag != null) {
            Map<String, String> missing = new LinkedHashMap<>(h);
            missing.remove("If-Match");
            b.add("If-Match missing", b.path, missing, body);
            // none of these can name the current version (W/"1" or * could, so they are not sent)
            for (String value : List.of("garbage", "\"\"", "\"abc\"", "\"-1\"", "\"99999999999999999999\"", "W/\"0\"", "\"0\"",
                    "' OR 1=1 --", "\"1e3\"", "\"" + "9".repeat(5000) + "\"")) {
                if (value.equals(etag) || value.equals("W/" + etag)) {
                    continue; // the current version: it would be a valid request
                }
                Map<String, String> bad = new LinkedHashMap<>(h);
                bad.put("If-Match", value);
                b.add("If-Match " + abbreviate(value), b.path, bad, body);
            }
        }
        if (b.op.method().equals("GET")) {
            for (String value : List.of("garbage", "\"' OR 1=1 --\"", "W/\"99999999999999999999\"", "*")) {
                Map<String, String> bad = new LinkedHashMap<>(h);
                bad.put("If-None-Match", value);
                b.add("If-None-Match " + abbreviate(value), b.path, bad, null);
            }
            b.add("Accept-Language garbage", b.path, Map.of("Authorization", bearer, "Accept-Language", "'; drop table x --"), null);
        }
    }

    private void authCases(Builder b) {
        String[] parts = bearer.substring(7).split("\\.");
        String alg = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2) + "AA";
        List<String[]> variants = List.of(new String[] {"no credentials", null, null},
                new String[] {"garbage token", "Authorization", "Bearer garbage"},
                new String[] {"alg none token", "Authorization", "Bearer " + alg + "." + parts[1] + "."},
                new String[] {"forged signature", "Authorization", "Bearer " + forged},
                new String[] {"Basic admin", "Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes())},
                new String[] {"SQL token", "Authorization", "Bearer ' OR 1=1 --"},
                new String[] {"empty Bearer", "Authorization", "Bearer "},
                new String[] {"8k token", "Authorization", "Bearer " + "a".repeat(8000)},
                new String[] {"garbage API key", "X-API-Key", "odn_garbage_' OR 1=1 --"});
        byte[] body = b.shape.base == null ? null : b.guarded();
        for (String[] v : variants) {
            Map<String, String> h = withType(b.staleHeaders(), b.shape.base == null ? null : b.shape.contentType);
            h.remove("Authorization");
            if (v[1] != null) {
                h.put(v[1], v[2]);
            }
            b.add("auth: " + v[0], b.path, h, body);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 12) + "…(" + s.length() + ")" : s;
    }

    // ---------------------------------------------------------------- sending and judging

    private List<Outcome> send(List<Case> cases) throws Exception {
        String root = RestAssured.baseURI + ":" + RestAssured.port;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> send(client, root, c)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome send(HttpClient client, String root, Case c) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + c.uri())).timeout(Duration.ofSeconds(60))
                    .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(c.body()));
            c.headers().forEach(request::header);
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Outcome(c, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), null);
        } catch (Exception e) {
            return new Outcome(c, 0, "", "", e.toString());
        }
    }

    private static boolean isProblem(Outcome o) {
        if (!o.contentType().startsWith("application/problem+json")) {
            return false;
        }
        try {
            JsonNode body = Hostile.JSON.readTree(o.body());
            return body.path("status").asInt() == o.status() && body.hasNonNull("title");
        } catch (Exception e) {
            return false;
        }
    }

    private static String describe(Outcome o) {
        String body = o.error() != null ? o.error() : o.body().length() > 300 ? o.body().substring(0, 300) + "…" : o.body();
        return o.status() + " " + o.sent().method() + " " + abbreviate(o.sent().uri()) + " [" + o.sent().kind() + "] "
                + o.contentType() + " " + body;
    }

    // ---------------------------------------------------------------- database checksum

    /** md5 of every row of every application table (login_failure records failed sign-ins on purpose). */
    private Map<String, String> checksums() throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = current_schema() "
                    + "and table_type = 'BASE TABLE' and table_name not in ('login_failure', 'flyway_schema_history')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') from \""
                        + table + "\" t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        return sums;
    }

    // ---------------------------------------------------------------- report

    private static String report(List<Outcome> outcomes, long operations, long seconds, List<String> changedTables, int tables) {
        Map<Integer, Long> histogram = new TreeMap<>(outcomes.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting())));
        long serverErrors = outcomes.stream().filter(HostileInputTest::serverError).count();
        long notProblems = outcomes.stream().filter(o -> o.status() >= 400 && o.status() < 500 && !isProblem(o)).count();
        List<Outcome> accepted = outcomes.stream().filter(o -> o.status() < 300 && o.status() > 0
                && !o.sent().method().equals("GET") && !o.sent().operation().equals("POST /api/v1/compliance/areas")).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("## Hostile-input run\n\n");
        sb.append("| Figure | Value |\n|---|---|\n");
        sb.append("| Cases sent | ").append(outcomes.size()).append(" |\n");
        sb.append("| Operations of the contract covered | ").append(operations).append(" (plus ")
                .append(outcomes.stream().filter(o -> o.sent().kind().equals("method not in the contract")).count())
                .append(" path × method pairs it does not have) |\n");
        sb.append("| Wall time | ").append(seconds).append(" s (").append(THREADS).append(" threads) |\n");
        sb.append("| 5xx or no answer | ").append(serverErrors).append(" |\n");
        sb.append("| 4xx without a problem body | ").append(notProblems).append(" |\n");
        sb.append("| 2xx to a writing request | ").append(accepted.size()).append(" |\n");
        sb.append("| Tables changed (partial writes) | ").append(changedTables.size()).append(" of ").append(tables)
                .append(changedTables.isEmpty() ? "" : " " + changedTables).append(" |\n\n");
        sb.append("Status histogram: ").append(histogram.entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                .collect(Collectors.joining(", "))).append("\n\n");
        sb.append("| Operation | Cases | Statuses |\n|---|---:|---|\n");
        Map<String, List<Outcome>> byOperation = new TreeMap<>(outcomes.stream().collect(Collectors.groupingBy(o -> o.sent().operation())));
        byOperation.forEach((op, list) -> sb.append("| `").append(op).append("` | ").append(list.size()).append(" | ")
                .append(new TreeMap<>(list.stream().collect(Collectors.groupingBy(Outcome::status, Collectors.counting())))
                        .entrySet().stream().map(e -> e.getKey() + "×" + e.getValue()).collect(Collectors.joining(" ")))
                .append(" |\n"));
        List<String> findings = new ArrayList<>();
        outcomes.stream().filter(HostileInputTest::serverError).limit(50).forEach(o -> findings.add("5xx: " + describe(o)));
        outcomes.stream().filter(o -> o.status() >= 400 && o.status() < 500 && !isProblem(o)).limit(50).forEach(o -> findings.add("not a problem: " + describe(o)));
        accepted.stream().limit(50).forEach(o -> findings.add("accepted: " + describe(o)));
        if (!findings.isEmpty()) {
            sb.append("\nFindings:\n\n");
            findings.forEach(f -> sb.append("- ").append(f.replace("\n", " ")).append('\n'));
        }
        return sb.toString();
    }
}
