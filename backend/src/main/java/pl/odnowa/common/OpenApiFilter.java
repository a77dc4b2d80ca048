package pl.odnowa.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents what every operation shares, so resources declare only what is their own: the problem
 * responses (with examples), ETag and Location headers, 304 on item reads.
 */
public class OpenApiFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String BEARER = "bearer";
    private static final String API_KEY = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    document(path, method, operation);
                    secure(path, method, operation);
                }));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT or API key").description("A token from POST /api/v1/auth/token, or an API key"))
                .addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-API-Key").description("An API key from POST /api/v1/api-keys"));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
    }

    /**
     * Reads are public (credentials optional: they reveal drafts of the caller's municipality); writes need a token
     * or an API key, except operations marked x-anonymous. Bad credentials are a 401 everywhere.
     */
    private static void secure(String path, PathItem.HttpMethod method, Operation operation) {
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        boolean anonymous = read || (operation.getExtensions() != null && operation.getExtensions().containsKey("x-anonymous"));
        java.util.List<SecurityRequirement> requirements = new java.util.ArrayList<>();
        if (anonymous) {
            requirements.add(OASFactory.createSecurityRequirement());
        }
        requirements.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        requirements.add(OASFactory.createSecurityRequirement().addScheme(API_KEY));
        operation.setSecurity(requirements);
        APIResponses responses = operation.getResponses();
        problem(responses, "401", "Credentials missing, unknown, expired or revoked",
                example(401, "Unauthorized", "the token is expired or not valid: sign in again", "Authorization",
                        "send a Bearer token from POST /api/v1/auth/token or an API key"));
        if (path.endsWith("/auth/token")) {
            problem(responses, "429", "Too many failed sign-ins for this username or from this address; see Retry-After",
                    example(429, "Too many requests", "too many failed sign-ins for this username; try again later", null, null));
        }
        if (!anonymous) {
            problem(responses, "403", "The caller's role or municipality does not allow this",
                    example(403, "Forbidden", "anna.nowak belongs to municipality 2461011 and cannot change data of 1261011", null, null));
        }
    }

    /** PATCH bodies are read as a Jackson tree; the contract shows them as what they are, a merge patch. */
    private static void describeMergePatch(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("JSON Merge Patch (RFC 7396): the fields to change; null removes an optional field");
        operation.getRequestBody().getContent().getMediaTypes().values().forEach(media -> media.setSchema(schema));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean item = path.contains("{");
        boolean write = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        if (method == PathItem.HttpMethod.PATCH) {
            describeMergePatch(operation);
        }
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (hasInput) {
            problem(responses, "400", "Invalid request: the problem names each bad field or parameter",
                    example(400, "Invalid request", "title: must not be blank", "title", "must not be blank"));
        }
        if (item) {
            problem(responses, "404", "No such object", example(404, "Not found", "programme 42 does not exist", null, null));
        }
        if (method == PathItem.HttpMethod.POST || write) {
            problem(responses, "409", "Refused: it would break a rule or the object is still referenced",
                    example(409, "Conflict", "projects still belong to this programme (project_programme_fk)", null, null));
        }
        if (write) {
            problem(responses, "412", "If-Match names an older version: reload and apply the change again",
                    example(412, "Precondition failed", "the object was changed by someone else; its current ETag is \"3\"",
                            "If-Match", "does not match the current ETag \"3\""));
            problem(responses, "428", "If-Match is missing",
                    example(428, "Precondition required", "send If-Match with the ETag of the version you edited",
                            "If-Match", "required for PUT, PATCH and DELETE"));
        }
        if (item && method == PathItem.HttpMethod.GET && !path.contains("/report") && !path.endsWith("/statistics") && responses.getAPIResponse("200") != null) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified: If-None-Match holds the current ETag"));
            etag(responses.getAPIResponse("200"));
        }
        if (method == PathItem.HttpMethod.GET && isPage(responses.getAPIResponse("200"))) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse().description("Not modified: If-None-Match holds the page's current ETag"));
            responses.getAPIResponse("200").addHeader("ETag", OASFactory.createHeader()
                    .description("Hash of the page; send it in If-None-Match to get 304 while nothing on the page changed")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(java.util.List.of("\"9f2c61d0a4b7e3c5a1d2f0b9\""))));
            operation.addParameter(OASFactory.createParameter().name("If-None-Match").in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                    .description("ETag of the page held by the client").example("\"9f2c61d0a4b7e3c5a1d2f0b9\"")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        if (write && responses.getAPIResponse("200") != null) {
            etag(responses.getAPIResponse("200"));
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            etag(created);
            created.addHeader("Location", OASFactory.createHeader().description("URL of the created object")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri")));
        }
    }

    private static boolean isPage(APIResponse response) {
        return response != null && response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                .anyMatch(media -> media.getSchema() != null && media.getSchema().getRef() != null
                        && media.getSchema().getRef().contains("/PageResponse"));
    }

    private static void etag(APIResponse response) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey("ETag")) {
            Header header = OASFactory.createHeader().description("Version of the object; send it back in If-Match to change it")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).examples(java.util.List.of("\"1\"")));
            response.addHeader("ETag", header);
        }
    }

    private static void problem(APIResponses responses, String code, String description, Map<String, Object> example) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                .addExample("problem", OASFactory.createExample().value(example));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        if (existing != null) {
            existing.description(description).content(content);
        } else {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description).content(content));
        }
    }

    private static Map<String, Object> example(int status, String title, String detail, String field, String message) {
        String type = switch (status) {
            case 400 -> "urn:odnowa:problem:validation-failed";
            case 404 -> "urn:odnowa:problem:not-found";
            case 409 -> "urn:odnowa:problem:conflict";
            case 412 -> "urn:odnowa:problem:precondition-failed";
            case 401 -> "urn:odnowa:problem:unauthorized";
            case 403 -> "urn:odnowa:problem:forbidden";
            case 429 -> "urn:odnowa:problem:too-many-requests";
            default -> "urn:odnowa:problem:precondition-required";
        };
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", "/api/v1/programmes/42");
        if (field != null) {
            Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("field", field);
            error.put("message", message);
            body.put("errors", java.util.List.of(error));
        }
        return body;
    }
}
