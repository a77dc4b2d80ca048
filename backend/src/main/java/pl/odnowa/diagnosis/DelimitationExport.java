package pl.odnowa.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import pl.odnowa.area.GeoJson;
import pl.odnowa.export.Csv;

/** A computed delimitation as GeoJSON (one Feature per unit) and as CSV (one line per unit, one column per indicator). */
final class DelimitationExport {

    private DelimitationExport() {
    }

    static ObjectNode geoJson(DelimitationResponse d, Map<String, SpatialUnit> units) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode collection = json.objectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        List<String> selected = d.revitalisation() == null ? List.of() : d.revitalisation().units();
        for (DelimitationResponse.UnitRow row : d.units()) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            SpatialUnit u = units.get(row.code());
            feature.set("geometry", u.geometry == null ? json.nullNode() : GeoJson.parse(u.geometry));
            ObjectNode p = feature.putObject("properties");
            p.put("code", row.code()).put("name", row.name());
            p.putPOJO("areaHa", row.areaHa()).putPOJO("residents", row.residents()).putPOJO("index", row.index());
            p.putPOJO("meetsArt9", row.meetsArt9());
            p.putPOJO("social", row.spheres().social()).putPOJO("economic", row.spheres().economic())
                    .putPOJO("environmental", row.spheres().environmental())
                    .putPOJO("spatialFunctional", row.spheres().spatialFunctional()).putPOJO("technical", row.spheres().technical());
            p.put("degraded", d.degraded().units().contains(row.code())).put("revitalisation", selected.contains(row.code()));
            ObjectNode values = p.putObject("values");
            row.values().forEach(c -> values.putPOJO(c.indicator(), c.value()));
            p.put("source", u.source);
        }
        return collection;
    }

    static String csv(DelimitationResponse d) {
        List<String> header = new ArrayList<>(List.of("code", "name", "areaHa", "residents", "social", "economic", "environmental",
                "spatialFunctional", "technical", "meetsArt9", "index", "degraded", "revitalisation"));
        d.indicators().forEach(i -> {
            header.add(i.code());
            header.add(i.code() + "_reference");
            header.add(i.code() + "_worse");
        });
        List<String> selected = d.revitalisation() == null ? List.of() : d.revitalisation().units();
        List<List<Object>> rows = d.units().stream().map(r -> {
            List<Object> line = new ArrayList<>(List.of(r.code(), r.name()));
            line.add(r.areaHa());
            line.add(r.residents());
            line.add(r.spheres().social());
            line.add(r.spheres().economic());
            line.add(r.spheres().environmental());
            line.add(r.spheres().spatialFunctional());
            line.add(r.spheres().technical());
            line.add(r.meetsArt9());
            line.add(r.index());
            line.add(d.degraded().units().contains(r.code()));
            line.add(selected.contains(r.code()));
            r.values().forEach(c -> {
                line.add(c.value());
                line.add(c.reference());
                line.add(c.worse());
            });
            return line;
        }).collect(Collectors.toList());
        return Csv.write(header.toArray(String[]::new), rows);
    }
}
