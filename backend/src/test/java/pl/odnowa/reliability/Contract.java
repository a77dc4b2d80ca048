package pl.odnowa.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The operations of the committed openapi.yaml, with their parameters and request-body schemas resolved. */
final class Contract {

    record Param(String name, String in, JsonNode schema) {
    }

    record Operation(String method, String path, List<Param> params, JsonNode bodySchema, JsonNode bodyExample,
            List<String> contentTypes) {

        String label() {
            return method + " " + path;
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private final JsonNode root;
    final List<Operation> operations = new ArrayList<>();

    Contract(Path file) throws IOException {
        root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                JsonNode op = m.getValue();
                List<Param> params = new ArrayList<>();
                for (JsonNode p : op.path("parameters")) {
                    params.add(new Param(p.path("name").asText(), p.path("in").asText(), resolve(p.path("schema"))));
                }
                JsonNode schema = null;
                JsonNode example = null;
                List<String> types = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> content = op.path("requestBody").path("content").fields();
                while (content.hasNext()) {
                    Map.Entry<String, JsonNode> c = content.next();
                    types.add(c.getKey());
                    if (schema == null) {
                        schema = resolve(c.getValue().path("schema"));
                        Iterator<JsonNode> examples = c.getValue().path("examples").elements();
                        example = examples.hasNext() ? examples.next().path("value") : null;
                    }
                }
                operations.add(new Operation(m.getKey().toUpperCase(), path.getKey(), params, schema, example, types));
            }
        }
    }

    /** The schema with a $ref replaced by its target; sibling keywords (3.1 allows them) are kept. */
    JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        String ref = schema.get("$ref").asText();
        JsonNode target = root.at(ref.substring(1));
        ObjectNode merged = ((ObjectNode) resolve(target)).deepCopy();
        schema.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("$ref")) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        return merged;
    }

    /** The properties of an object schema, each resolved, in contract order. */
    Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        if (schema != null) {
            schema.path("properties").fields().forEachRemaining(f -> result.put(f.getKey(), resolve(f.getValue())));
        }
        return result;
    }

    List<String> required(JsonNode schema) {
        List<String> result = new ArrayList<>();
        if (schema != null) {
            schema.path("required").forEach(r -> result.add(r.asText()));
        }
        return result;
    }

    JsonNode schema(String name) {
        return root.path("components").path("schemas").path(name);
    }
}
