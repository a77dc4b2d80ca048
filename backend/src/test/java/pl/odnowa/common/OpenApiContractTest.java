package pl.odnowa.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The published contract is the product: openapi.yaml at the top of the repository must be exactly what
 * the server serves, and every operation must be documented. To accept a deliberate change, run
 * {@code ./mvnw -pl backend test -Dtest=OpenApiContractTest -Dopenapi.contract.update=true} and commit it.
 */
@QuarkusTest
class OpenApiContractTest extends ApiTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void committedContractMatchesWhatTheServerServes() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.contract.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "openapi.yaml differs from what the server serves (backend/target/openapi-served.yaml). "
                + "If the change is intended, run ./mvnw -pl backend test -Dtest=OpenApiContractTest -Dopenapi.contract.update=true");
    }

    @Test
    void everyOperationHasASummaryDescribedParametersErrorsAndExamples() throws IOException {
        JsonNode api = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi?format=json").asString());
        List<String> missing = new ArrayList<>();
        api.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!operation.hasNonNull("summary")) {
                missing.add(name + ": summary");
            }
            for (JsonNode parameter : operation.path("parameters")) {
                if (!parameter.hasNonNull("description")) {
                    missing.add(name + ": description of parameter " + parameter.path("name").asText());
                }
            }
            boolean hasErrorResponse = false;
            for (Map.Entry<String, JsonNode> response : iterable(operation.path("responses"))) {
                hasErrorResponse |= response.getKey().startsWith("4");
                if (response.getKey().startsWith("4") && !response.getValue().path("content").has(Problem.MEDIA_TYPE)) {
                    missing.add(name + ": problem+json body of " + response.getKey());
                }
            }
            if (!hasErrorResponse) {
                missing.add(name + ": error responses");
            }
            if (!hasExamples(api, operation)) {
                missing.add(name + ": examples");
            }
        }));
        assertTrue(missing.isEmpty(), "Undocumented: " + String.join("; ", missing));
    }

    /** Examples on the parameters, the request body or the schemas it references. */
    private static boolean hasExamples(JsonNode api, JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.has("example") || parameter.has("examples")) {
                return true;
            }
        }
        String text = operation.path("requestBody").toString() + operation.path("responses").toString();
        if (text.contains("\"example")) {
            return true;
        }
        for (String ref : refs(text)) {
            JsonNode schema = api.at("/components/schemas/" + ref);
            if (schema.toString().contains("\"example")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> refs(String text) {
        List<String> names = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("#/components/schemas/([A-Za-z0-9_.]+)").matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}
