package pl.odnowa.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON over HTTP for the tests that run the backend as processes of its own (RestAssured's static configuration
 * is not meant for many threads and several servers). One instance is shared by all the threads of a test.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, HttpHeaders headers, JsonNode body) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String etag() {
            return header("ETag");
        }

        boolean isProblem() {
            return headers.firstValue("Content-Type").filter(type -> type.startsWith("application/problem+json")).isPresent();
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type") + " " + body;
        }
    }

    /** HTTP/1.1, as browsers and curl speak to a plain-http backend (JDK 17's client fails every open HTTP/2 stream on GOAWAY). */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String token;

    private Http(String token) {
        this.token = token;
    }

    /** Signs in at {@code backend} as the superadmin; the token is then accepted by every replica. */
    static Http signIn(Backend backend) {
        Http anonymous = new Http(null);
        Reply reply = anonymous.send("POST", backend.uri("/api/v1/auth/token"), "application/json",
                Map.of("username", "admin", "password", Backend.ADMIN_PASSWORD), Map.of());
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in at " + backend.name() + " answered " + reply);
        }
        return new Http(reply.body().path("accessToken").asText());
    }

    static Http anonymous() {
        return new Http(null);
    }

    /** Requests with this bearer token (or API key). */
    static Http bearer(String token) {
        return new Http(token);
    }

    /** Creates municipality {@code teryt} and a programme of it through {@code backend}; returns the programme's id. */
    long createProgramme(Backend backend, String teryt) {
        Reply municipality = post(backend.uri("/api/v1/municipalities"), Map.of("teryt", teryt, "name", "Gmina " + teryt));
        Reply programme = post(backend.uri("/api/v1/programmes"), Map.of("municipality", teryt, "name", "GPR " + teryt,
                "legalBasis", "GPR", "status", "IN_FORCE", "periodFrom", 2022, "periodTo", 2030));
        if (municipality.status() != 201 || programme.status() != 201) {
            throw new AssertionError("creating programme data failed: " + municipality + " / " + programme);
        }
        return programme.body().path("id").asLong();
    }

    Reply get(URI uri) {
        return send("GET", uri, null, null, Map.of());
    }

    Reply post(URI uri, Object body) {
        return send("POST", uri, "application/json", body, Map.of());
    }

    Reply mergePatch(URI uri, String etag, Object body) {
        return send("PATCH", uri, "application/merge-patch+json", body, Map.of("If-Match", etag));
    }

    /** Sends a body (an object written as JSON, or a String sent as it is); a failed connection is an exception. */
    Reply send(String method, URI uri, String contentType, Object body, Map<String, String> headers) {
        try {
            return read(client.send(request(method, uri, contentType, body, headers), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<Reply> sendAsync(String method, URI uri, String contentType, Object body) {
        return client.sendAsync(request(method, uri, contentType, body, Map.of()), HttpResponse.BodyHandlers.ofString())
                .thenApply(Http::read);
    }

    private HttpRequest request(String method, URI uri, String contentType, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return request.header("Content-Type", contentType + "; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(text)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Reply read(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (JsonProcessingException notJson) {
            body = JSON.getNodeFactory().textNode(response.body());
        }
        return new Reply(response.statusCode(), response.headers(), body);
    }
}
