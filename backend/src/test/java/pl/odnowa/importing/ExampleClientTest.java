package pl.odnowa.importing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import pl.odnowa.client.ApiClient;
import pl.odnowa.client.ApiException;
import pl.odnowa.client.api.ObservationsApi;
import pl.odnowa.client.api.ProjectsApi;
import pl.odnowa.client.example.Example;
import pl.odnowa.client.model.FundingInstrument;
import pl.odnowa.client.model.FundingSourceRequest;
import pl.odnowa.client.model.ImportObservation;
import pl.odnowa.client.model.ImportResult;
import pl.odnowa.client.model.Observation;
import pl.odnowa.client.model.Project;
import pl.odnowa.client.model.ProjectKind;
import pl.odnowa.client.model.ProjectRequest;
import pl.odnowa.client.model.ProjectStatus;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;
import pl.odnowa.indicator.IndicatorFixtures;

/**
 * The example client (clients/java, generated from openapi.yaml) against the running API: another city's system
 * with an API key imports projects and observations and reads them back, using nothing but the client.
 */
@QuarkusTest
class ExampleClientTest extends ApiTest {

    @TestHTTPResource
    URL url;

    @Test
    void aCityWithAnApiKeyImportsAndReadsBackThroughTheGeneratedClient() throws Exception {
        // Set-up as the superadmin: a municipality, its programme and indicator, and an editor's API key.
        String teryt = Fixtures.municipality();
        long programme = Fixtures.programme(teryt);
        long indicator = IndicatorFixtures.indicator(programme, IndicatorFixtures.with("code", "PM25"));
        String key = given().contentType(ContentType.JSON)
                .body(Map.of("name", unique("example client"), "municipality", teryt, "role", "EDITOR"))
                .when().post("/api/v1/api-keys").then().statusCode(201).extract().path("key");

        ApiClient client = Example.client(url.toString().replaceAll("/$", ""), key);
        ProjectRequest project = new ProjectRequest().externalId("EX-1").kind(ProjectKind.BASIC)
                .title("Rewitalizacja rynku – etap I").status(ProjectStatus.IMPLEMENTATION).totalCost("250000.00")
                .sdgTargets(List.of("11.4")).addFundingSourcesItem(new FundingSourceRequest().source("EFRR")
                        .instrument(FundingInstrument.GRANT).amount("150000"));
        ImportObservation observation = new ImportObservation().indicatorCode("PM25").year(2023).value("24.1")
                .source("GIOŚ");
        ImportResult first = Example.importJson(client, programme, List.of(project), List.of(observation));
        assertEquals(1, first.getProjects().getCreated());
        assertEquals(1, first.getObservations().getCreated());
        ImportResult csv = Example.importCsv(client, programme, "projects",
                "externalId,kind,title,status,totalCost\r\nEX-2,COMPLEMENTARY,\"Klub seniora, ul. Wzgórze\",PIPELINE,1200.5\r\n");
        assertEquals(1, csv.getProjects().getCreated());
        ImportResult again = Example.importJson(client, programme, List.of(project), List.of(observation));
        assertEquals(1, again.getProjects().getUnchanged());
        assertEquals(1, again.getObservations().getUnchanged());

        List<Project> projects = Example.projectsChangedSince(client, programme, null);
        projects.sort(Comparator.comparing(Project::getExternalId));
        assertEquals(List.of("EX-1", "EX-2"), projects.stream().map(Project::getExternalId).toList());
        Project read = new ProjectsApi(client).getProject(projects.get(0).getId(), null);
        assertEquals("Rewitalizacja rynku – etap I", read.getTitle());
        assertEquals("250000.00", read.getTotalCost());
        assertEquals(List.of("11.4"), read.getSdgTargets());
        assertEquals("150000.00", read.getFundingSources().get(0).getAmount());
        assertEquals(0L, read.getVersion(), "created once; the second, identical import wrote nothing");
        assertEquals("Klub seniora, ul. Wzgórze", projects.get(1).getTitle());
        assertEquals("1200.50", projects.get(1).getTotalCost());

        List<Observation> observations = new ObservationsApi(client)
                .observationResourceListObservations(indicator, null, null, null, null, null, null, null, null).getItems();
        assertEquals(1, observations.size());
        assertEquals(0, new BigDecimal("24.1").compareTo(observations.get(0).getValue()));
        assertEquals(2023, observations.get(0).getPeriod());

        // A bad row: the client sees the 400 problem naming the row and field; a wrong key is a 401.
        ApiException invalid = assertThrows(ApiException.class, () -> Example.importJson(client, programme,
                List.of(new ProjectRequest().externalId("EX-3").kind(ProjectKind.BASIC).title("")
                        .status(ProjectStatus.PIPELINE)), List.of()));
        assertEquals(400, invalid.getCode());
        assertTrue(invalid.getResponseBody().contains("projects[0].title"), invalid.getResponseBody());
        ApiException unauthorized = assertThrows(ApiException.class, () -> Example.importJson(
                Example.client(url.toString().replaceAll("/$", ""), key + "x"), programme, List.of(project), List.of()));
        assertEquals(401, unauthorized.getCode());
    }
}
