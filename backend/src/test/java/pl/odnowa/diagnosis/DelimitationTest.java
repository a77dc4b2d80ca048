package pl.odnowa.diagnosis;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/**
 * A municipality of 20 units (a 5 × 4 grid of 0.01° squares, their hectares computed from the geometry) and 8 indicators of
 * the five spheres; the test recomputes every reference, comparison, sphere, art. 9 finding and index by hand and compares
 * them with the API's. Municipality: 16 km², 52,000 residents; units U01–U04 hold 4,000 residents each, U05–U20 1,000 + 100 i.
 */
@QuarkusTest
class DelimitationTest extends ApiTest {

    static final double THRESHOLD = 10;
    static final int MIN_SOCIAL = 2;

    record Ind(String code, String sphere, String direction, boolean rate, Double given, Map<Integer, Double> values) {
    }

    static String municipality(String areaKm2, int residents) {
        String teryt = uniqueTeryt();
        json().body(Map.of("teryt", teryt, "name", unique("Gmina"), "areaKm2", areaKm2, "residents", residents,
                "residentsDate", "2023-12-31")).post("/api/v1/municipalities").then().statusCode(201);
        return teryt;
    }

    static String code(int i) {
        return String.format("U%02d", i);
    }

    static int residents(int i) {
        return i <= 4 ? 4000 : 1000 + 100 * i;
    }

    static Map<String, Object> square(int i) {
        double lon = 19.0 + ((i - 1) % 5) * 0.01;
        double lat = 49.8 + ((i - 1) / 5) * 0.01;
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(List.of(lon, lat), List.of(lon + 0.01, lat),
                List.of(lon + 0.01, lat + 0.01), List.of(lon, lat + 0.01), List.of(lon, lat))));
    }

    static List<Ind> indicators() {
        List<Ind> list = new ArrayList<>();
        list.add(new Ind("S1", "SOCIAL", "HIGHER_IS_WORSE", true, null, values(i -> i <= 4 ? 15.0 : 5.0 + i % 3)));
        list.add(new Ind("S2", "SOCIAL", "HIGHER_IS_WORSE", true, null, values(i -> i <= 4 ? 12.0 + i : 4.0 + i % 2)));
        list.add(new Ind("S3", "SOCIAL", "HIGHER_IS_BETTER", false, null, values(i -> i <= 2 ? 3.0 : 10.0 + i % 4)));
        list.add(new Ind("G1", "ECONOMIC", "HIGHER_IS_BETTER", false, null, values(i -> i <= 3 ? 2.0 : 8.0 + i % 5)));
        list.add(new Ind("E1", "ENVIRONMENTAL", "HIGHER_IS_WORSE", false, 30.0, values(i -> 25.0 + i)));
        list.add(new Ind("P1", "SPATIAL_FUNCTIONAL", "HIGHER_IS_WORSE", false, null, values(i -> 300.0 + 10 * i)));
        list.add(new Ind("T1", "TECHNICAL", "HIGHER_IS_WORSE", true, null, values(i -> i <= 4 ? 60.0 : 20.0 + i)));
        list.add(new Ind("T2", "TECHNICAL", "HIGHER_IS_WORSE", true, null, values(i -> i == 20 ? null : 10.0 + i % 2)));
        return list;
    }

    static Map<Integer, Double> values(java.util.function.IntFunction<Double> f) {
        Map<Integer, Double> m = new LinkedHashMap<>();
        for (int i = 1; i <= 20; i++) {
            if (f.apply(i) != null) {
                m.put(i, f.apply(i));
            }
        }
        return m;
    }

    /** Creates the municipality's units and indicators through the API; returns the units' hectares by number. */
    static Map<Integer, Double> seed(String teryt) {
        Map<Integer, Double> hectares = new HashMap<>();
        for (int i = 1; i <= 20; i++) {
            double ha = json().body(Map.of("municipality", teryt, "code", code(i), "name", "Jednostka " + i, "geometry", square(i),
                    "residents", residents(i), "residentsDate", "2023-12-31", "source", "illustrative: test data"))
                    .post("/api/v1/spatial-units").then().statusCode(201).extract().jsonPath()
                    .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE)).getDouble("areaHa");
            hectares.put(i, ha);
        }
        for (Ind ind : indicators()) {
            Map<String, Object> values = new LinkedHashMap<>();
            ind.values().forEach((i, v) -> values.put(code(i), v));
            Map<String, Object> body = new HashMap<>(Map.of("municipality", teryt, "code", ind.code(), "year", 2023,
                    "name", "Wskaźnik " + ind.code(), "sphere", ind.sphere(), "direction", ind.direction(), "rate", ind.rate(),
                    "source", "illustrative: test data", "values", values));
            if (ind.given() != null) {
                body.put("referenceValue", ind.given());
            }
            json().body(body).post("/api/v1/diagnostic-indicators").then().statusCode(201);
        }
        return hectares;
    }

    static Map<String, Object> method(List<String> selection) {
        Map<String, Object> m = new HashMap<>(Map.of("year", 2023, "thresholdPct", THRESHOLD, "minSocialIndicators", MIN_SOCIAL));
        if (selection != null) {
            m.put("selection", selection);
        }
        return m;
    }

    @Test
    void everyNumberOfTheDelimitationRecomputesByHand() {
        String teryt = municipality("16.00", 52000);
        Map<Integer, Double> hectares = seed(teryt);
        JsonPath d = json().body(method(List.of("U01", "U02", "U03"))).post("/api/v1/municipalities/" + teryt + "/delimitations")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));

        Map<String, Double> index = new HashMap<>();
        Map<String, Integer> zCount = new HashMap<>();
        Map<String, Map<String, Integer>> worseBySphere = new HashMap<>();
        Map<String, Map<String, Integer>> unknownBySphere = new HashMap<>();
        for (Ind ind : indicators()) {
            // Reference: given; a rate weighted by residents; otherwise the mean.
            double sum = 0;
            double weighted = 0;
            double people = 0;
            for (var e : ind.values().entrySet()) {
                sum += e.getValue();
                weighted += e.getValue() * residents(e.getKey());
                people += residents(e.getKey());
            }
            int n = ind.values().size();
            double mean = sum / n;
            double ref = ind.given() != null ? ind.given() : ind.rate() ? weighted / people : mean;
            double squares = 0;
            for (double v : ind.values().values()) {
                squares += (v - mean) * (v - mean);
            }
            double sd = Math.sqrt(squares / n);
            String at = "indicators.find { it.code == '" + ind.code() + "' }.";
            assertEquals(ref, d.getDouble(at + "reference"), 1e-9, ind.code() + " reference");
            assertEquals(mean, d.getDouble(at + "mean"), 1e-9, ind.code() + " mean");
            assertEquals(sd, d.getDouble(at + "sd"), 1e-9, ind.code() + " sd");
            for (int i = 1; i <= 20; i++) {
                String cell = "units.find { it.code == '" + code(i) + "' }.values.find { it.indicator == '" + ind.code() + "' }.";
                Double v = ind.values().get(i);
                var sphereCounts = worseBySphere.computeIfAbsent(code(i), c -> new HashMap<>());
                var unknownCounts = unknownBySphere.computeIfAbsent(code(i), c -> new HashMap<>());
                if (v == null) {
                    assertNull(d.get(cell + "value"));
                    assertNull(d.get(cell + "worse"), code(i) + " " + ind.code() + ": not known");
                    unknownCounts.merge(ind.sphere(), 1, Integer::sum);
                    continue;
                }
                boolean worse = ind.direction().equals("HIGHER_IS_WORSE") ? v > ref * (1 + THRESHOLD / 100) : v < ref * (1 - THRESHOLD / 100);
                double z = (v - mean) / sd * (ind.direction().equals("HIGHER_IS_BETTER") ? -1 : 1);
                assertEquals(v, d.getDouble(cell + "value"), 1e-9);
                assertEquals(ref, d.getDouble(cell + "reference"), 1e-9);
                assertEquals(worse, d.getBoolean(cell + "worse"), code(i) + " " + ind.code() + " worse");
                assertEquals(z, d.getDouble(cell + "z"), 1e-9, code(i) + " " + ind.code() + " z");
                index.merge(code(i), z, Double::sum);
                zCount.merge(code(i), 1, Integer::sum);
                if (worse) {
                    sphereCounts.merge(ind.sphere(), 1, Integer::sum);
                }
            }
        }
        List<String> degraded = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            String u = "units.find { it.code == '" + code(i) + "' }.";
            Map<String, Integer> w = worseBySphere.get(code(i));
            Map<String, Integer> unknown = unknownBySphere.get(code(i));
            boolean social = w.getOrDefault("SOCIAL", 0) >= MIN_SOCIAL;
            boolean economic = w.getOrDefault("ECONOMIC", 0) >= 1;
            boolean environmental = w.getOrDefault("ENVIRONMENTAL", 0) >= 1;
            boolean spatial = w.getOrDefault("SPATIAL_FUNCTIONAL", 0) >= 1;
            // Technical: T2 is not known in U20, so a U20 without T1 worse cannot tell (null).
            Boolean technical = w.getOrDefault("TECHNICAL", 0) >= 1 ? Boolean.TRUE
                    : unknown.getOrDefault("TECHNICAL", 0) > 0 ? null : Boolean.FALSE;
            assertEquals(social, d.getBoolean(u + "spheres.social"), code(i) + " social");
            assertEquals(economic, d.getBoolean(u + "spheres.economic"), code(i) + " economic");
            assertEquals(environmental, d.getBoolean(u + "spheres.environmental"), code(i) + " environmental");
            assertEquals(spatial, d.getBoolean(u + "spheres.spatialFunctional"), code(i) + " spatial-functional");
            assertEquals(technical, d.get(u + "spheres.technical"), code(i) + " technical");
            assertEquals(w.getOrDefault("SOCIAL", 0), d.getInt(u + "socialWorse"));
            boolean art9 = social && (economic || environmental || spatial || Boolean.TRUE.equals(technical));
            if (!social || art9) {
                assertEquals(art9, d.getBoolean(u + "meetsArt9"), code(i) + " art. 9");
            }
            if (art9) {
                degraded.add(code(i));
            }
            assertEquals(index.get(code(i)) / zCount.get(code(i)), d.getDouble(u + "index"), 1e-9, code(i) + " index");
        }
        // The design of the data: only the four dense, poor, old units meet art. 9 ust. 1.
        assertEquals(List.of("U01", "U02", "U03", "U04"), degraded);
        assertEquals(degraded, d.getList("degraded.units"));
        double ha = hectares.get(1) + hectares.get(2) + hectares.get(3);
        assertEquals(ha, d.getDouble("revitalisation.areaHa"), 1e-9);
        assertEquals(ha / 1600 * 100, d.getDouble("revitalisation.areaSharePct"), 1e-9);
        assertEquals(12000 * 100.0 / 52000, d.getDouble("revitalisation.residentsSharePct"), 1e-9);
        assertTrue(d.getBoolean("revitalisation.withinLimits"));
        assertEquals(1600.0, d.getDouble("base.areaHa"), 1e-9);

        // Exports: the same figures as GeoJSON and CSV.
        JsonPath geo = json().accept("application/geo+json").body(method(List.of("U01", "U02", "U03")))
                .post("/api/v1/municipalities/" + teryt + "/delimitations/geojson").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        assertEquals(20, geo.getList("features").size());
        assertEquals(d.getDouble("units[0].index"), geo.getDouble("features[0].properties.index"), 1e-12);
        assertEquals(Boolean.TRUE, geo.get("features[0].properties.revitalisation"));
        assertEquals("Polygon", geo.getString("features[0].geometry.type"));
        String csv = json().accept("text/csv").body(method(null)).post("/api/v1/municipalities/" + teryt + "/delimitations/csv")
                .then().statusCode(200).extract().asString();
        String[] lines = csv.split("\r\n");
        assertEquals(21, lines.length);
        assertTrue(lines[0].startsWith("code,name,areaHa,residents,social,economic,environmental,spatialFunctional,technical,meetsArt9,index"));
        assertTrue(lines[1].startsWith("U01,Jednostka 1,"), lines[1]);
        assertTrue(lines[20].contains(",true,false,") || lines[20].contains(",false,"), lines[20]);
    }

    @Test
    void aSelectionOverALimitIsRefusedNamingItAndTheSavedAreasPassTheChecks() {
        String teryt = municipality("16.00", 52000);
        seed(teryt);
        long programme = Fixtures.programme(teryt);
        Map<String, Object> save = new HashMap<>(Map.of("programmeId", programme, "resolutionNumber", "XII/1/2024",
                "resolutionDate", "2024-03-01", "publication", "Dz. Urz. Woj. Śląskiego 2024 poz. 1"));
        // 4 × 4,000 of 52,000 residents = 30.77 % > 30 %.
        save.put("delimitation", method(List.of("U01", "U02", "U03", "U04")));
        json().body(save).post("/api/v1/municipalities/" + teryt + "/delimitations/areas").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("delimitation.selection"),
                        "errors.message", hasItem(containsString("30.77 % of the municipality's residents, over the limit of 30 %")));
        json().get("/api/v1/areas?programme=" + programme).then().statusCode(200).body("totalItems", equalTo(0));

        // A unit outside the degraded area cannot be selected.
        json().body(method(List.of("U05"))).post("/api/v1/municipalities/" + teryt + "/delimitations").then().statusCode(400)
                .body("errors[0].field", equalTo("selection[0]"), "errors[0].message", containsString("art. 9 ust. 1"));

        save.put("delimitation", method(List.of("U01", "U02", "U03")));
        JsonPath saved = json().body(save).post("/api/v1/municipalities/" + teryt + "/delimitations/areas").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(4, saved.getList("degraded.subareas").size());
        assertEquals(3, saved.getList("revitalisation.subareas").size());
        assertEquals("Dz. Urz. Woj. Śląskiego 2024 poz. 1", saved.getString("revitalisation.designationPublication"));
        assertEquals(Boolean.TRUE, saved.get("revitalisation.subareas[0].crisis.social"));
        assertTrue(saved.getString("revitalisation.subareas[0].crisisEvidence").contains("S1 15 vs"));

        JsonPath report = json().get("/api/v1/programmes/" + programme + "/compliance").then().statusCode(200).extract().jsonPath();
        for (String check : List.of("ART_9_CRISIS", "ART_10_1_WITHIN_DEGRADED", "ART_10_2_AREA", "ART_10_2_RESIDENTS")) {
            List<String> results = report.getList("checks.findAll { it.id == '" + check + "' }.result");
            assertFalse(results.isEmpty(), check);
            assertTrue(results.stream().allMatch("PASS"::equals), check + ": " + results);
        }
        // The same programme cannot get the areas twice.
        json().body(save).post("/api/v1/municipalities/" + teryt + "/delimitations/areas").then().statusCode(409);
    }
}
