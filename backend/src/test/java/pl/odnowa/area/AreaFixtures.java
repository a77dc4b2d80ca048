package pl.odnowa.area;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import pl.odnowa.common.Fixtures;

/** Request bodies for areas: squares near Bielsko-Biała as GeoJSON polygons, subareas and areas. */
final class AreaFixtures {

    private AreaFixtures() {
    }

    /** A closed counter-clockwise ring: a square of {@code size} degrees with its south-west corner at lon, lat. */
    static List<List<Double>> ring(double lon, double lat, double size) {
        return List.of(List.of(lon, lat), List.of(lon + size, lat), List.of(lon + size, lat + size),
                List.of(lon, lat + size), List.of(lon, lat));
    }

    static Map<String, Object> polygon(double lon, double lat) {
        return Map.of("type", "Polygon", "coordinates", List.of(ring(lon, lat, 0.01)));
    }

    static Map<String, Object> multiPolygon(double lon, double lat) {
        return Map.of("type", "MultiPolygon", "coordinates",
                List.of(List.of(ring(lon, lat, 0.005)), List.of(ring(lon + 0.02, lat, 0.005))));
    }

    static Map<String, Object> subarea(String code, Object geometry) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", "Podobszar " + code);
        s.put("geometry", geometry);
        s.put("areaHa", "12.50");
        s.put("residents", 1000);
        s.put("residentsDate", "2021-12-31");
        s.put("crisis", Map.of("social", true, "economic", true, "technical", true));
        return s;
    }

    static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> copy = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> area(long programmeId, String kind, List<Map<String, Object>> subareas) {
        Map<String, Object> a = new HashMap<>();
        a.put("programmeId", programmeId);
        a.put("kind", kind);
        a.put("name", "Obszar " + kind.toLowerCase());
        a.put("description", "Śródmieście Bielska i Białej");
        a.put("designationResolution", "XLVII/1091/2022");
        a.put("designationDate", "2022-08-25");
        a.put("subareas", new ArrayList<>(subareas));
        return a;
    }

    /** Two disjoint subareas: a polygon in Bielsko and a two-part multipolygon in Biała. */
    static Map<String, Object> revitalisationArea(long programmeId) {
        return area(programmeId, "REVITALISATION", List.of(
                subarea("S1", polygon(19.03, 49.82)),
                with(subarea("S2", multiPolygon(19.05, 49.81)), "areaHa", "31.25", "residents", 2500,
                        "crisis", Map.of("social", true, "environmental", true, "economic", false),
                        "landType", "INHABITED")));
    }

    static long create(Map<String, Object> body) {
        return Fixtures.post("/api/v1/areas", body).longValue();
    }
}
