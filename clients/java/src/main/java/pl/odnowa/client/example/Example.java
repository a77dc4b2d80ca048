package pl.odnowa.client.example;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import pl.odnowa.client.ApiClient;
import pl.odnowa.client.ApiException;
import pl.odnowa.client.api.ImportApi;
import pl.odnowa.client.api.ProjectsApi;
import pl.odnowa.client.model.ImportObservation;
import pl.odnowa.client.model.ImportRequest;
import pl.odnowa.client.model.ImportResult;
import pl.odnowa.client.model.PageResponseProjectResponse;
import pl.odnowa.client.model.Project;
import pl.odnowa.client.model.ProjectKind;
import pl.odnowa.client.model.ProjectRequest;
import pl.odnowa.client.model.ProjectStatus;

/**
 * How another city's system uses the generated client: connect with an API key, import its projects and indicator
 * values into a programme, then follow what changed. Run it with
 * {@code java -cp ... pl.odnowa.client.example.Example <base URL> <API key> <programme id>}.
 */
public final class Example {

    private Example() {
    }

    /** A client of the API at {@code baseUrl} (e.g. http://localhost:8080) that sends the API key with every request. */
    public static ApiClient client(String baseUrl, String apiKey) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
        return client;
    }

    /** Upserts projects (by externalId) and observations (by indicator code, subarea code and year) as JSON. */
    public static ImportResult importJson(ApiClient client, long programmeId, List<ProjectRequest> projects,
            List<ImportObservation> observations) throws ApiException {
        return new ImportApi(client).importProgrammeData(programmeId,
                new ImportRequest().projects(projects).observations(observations), null);
    }

    /**
     * Upserts rows of a CSV file ({@code kind} projects or observations). The generated operation sends JSON, so
     * the CSV goes through the client's own HTTP client, base URL and API key.
     */
    public static ImportResult importCsv(ApiClient client, long programmeId, String kind, String csv)
            throws IOException, InterruptedException, ApiException {
        HttpRequest.Builder request = HttpRequest.newBuilder()
                .uri(URI.create(client.getBaseUri() + "/api/v1/programmes/" + programmeId + "/import?kind="
                        + URLEncoder.encode(kind, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
        client.getRequestInterceptor().accept(request);
        HttpResponse<String> response = client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new ApiException(response.statusCode(), "import failed", response.headers(), response.body());
        }
        return client.getObjectMapper().readValue(response.body(), ImportResult.class);
    }

    /** Every project of the programme changed after {@code since} (all of them when null), page by page. */
    public static List<Project> projectsChangedSince(ApiClient client, long programmeId, OffsetDateTime since)
            throws ApiException {
        ProjectsApi projects = new ProjectsApi(client);
        List<Project> result = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResponseProjectResponse answer = projects.listProjects(null, null, null, Integer.toString(page),
                    Long.toString(programmeId), null, null, "200", "updatedAt", null, null,
                    since == null ? null : since.toString(), null);
            result.addAll(answer.getItems());
            if (page + 1 >= answer.getTotalPages()) {
                return result;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Example <base URL> <API key> <programme id>");
            System.exit(2);
        }
        ApiClient client = client(args[0], args[1]);
        long programme = Long.parseLong(args[2]);
        OffsetDateTime start = OffsetDateTime.now();
        ImportResult json = importJson(client, programme, List.of(new ProjectRequest().externalId("EX-1")
                .kind(ProjectKind.BASIC).title("Rewitalizacja rynku – etap I").status(ProjectStatus.IMPLEMENTATION)
                .totalCost("250000.00")), List.of());
        System.out.println("JSON import: " + json);
        ImportResult csv = importCsv(client, programme, "projects",
                "externalId,kind,title,status\r\nEX-2,COMPLEMENTARY,Klub seniora,PIPELINE\r\n");
        System.out.println("CSV import: " + csv);
        for (Project p : projectsChangedSince(client, programme, start.minusSeconds(1))) {
            System.out.println(p.getExternalId() + " v" + p.getVersion() + ": " + p.getTitle());
        }
    }
}
