package pl.odnowa.compliance;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pl.odnowa.common.Fixtures;

/** Areas and draft FeatureCollections for the compliance tests: squares near Bielsko-Biała. */
final class ComplianceFixtures {

    private ComplianceFixtures() {
    }

    static List<List<Double>> ring(double lon, double lat, double size) {
        return List.of(List.of(lon, lat), List.of(lon + size, lat), List.of(lon + size, lat + size),
                List.of(lon, lat + size), List.of(lon, lat));
    }

    static Map<String, Object> square(double lon, double lat, double size) {
        return Map.of("type", "Polygon", "coordinates", List.of(ring(lon, lat, size)));
    }

    /** A subarea request without geometry, inhabited, with social and technical crisis phenomena. */
    static Map<String, Object> subarea(String code, String areaHa, int residents) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", "Podobszar " + code);
        s.put("areaHa", areaHa);
        s.put("residents", residents);
        s.put("residentsDate", "2023-01-01");
        s.put("crisis", Map.of("social", true, "technical", true));
        return s;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> copy = new LinkedHashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    static long area(long programme, String kind, List<Map<String, Object>> subareas) {
        Map<String, Object> a = new HashMap<>();
        a.put("programmeId", programme);
        a.put("kind", kind);
        a.put("name", "Obszar " + kind.toLowerCase());
        a.put("subareas", subareas);
        return Fixtures.post("/api/v1/areas", a).longValue();
    }

    static Map<String, Object> feature(Object geometry, Map<String, Object> properties) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("geometry", geometry);
        f.put("properties", properties);
        return f;
    }

    static Map<String, Object> collection(List<Map<String, Object>> features) {
        return Map.of("type", "FeatureCollection", "features", features);
    }
}
