package pl.odnowa.project;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

@QuarkusTest
class ProjectCostsResourceTest extends ApiTest {

    private static final String STATUSES = "PIPELINE, IMPLEMENTATION, COMPLETION, POST_COMPLETION, CANCELLED, SUSPENDED";

    @Inject
    DataSource db;

    private static String path(long programme) {
        return "/api/v1/programmes/" + programme + "/project-costs";
    }

    @Test
    void sumsExactCostsPerStatusAndCurrency() {
        long programme = Fixtures.programme(Fixtures.municipality());
        ProjectFixtures.project(programme, Map.of("status", "COMPLETION", "totalCost", "11347418.62"));
        ProjectFixtures.project(programme, Map.of("status", "COMPLETION", "totalCost", "0.01"));
        ProjectFixtures.project(programme, Map.of("status", "PIPELINE", "totalCost", "2500000.00"));
        ProjectFixtures.project(programme, Map.of("status", "PIPELINE")); // cost not known yet
        ProjectFixtures.project(programme, Map.of("status", "CANCELLED", "totalCost", "100.10", "currency", "EUR"));
        // Another programme's project is not counted.
        ProjectFixtures.project(Fixtures.programme(Fixtures.municipality()), Map.of("status", "COMPLETION", "totalCost", "5.00"));

        json().get(path(programme)).then().statusCode(200)
                .body("programmeId", equalTo((int) programme), "projects", equalTo(5), "projectsWithCost", equalTo(4),
                        "totalCost.PLN", equalTo("13847418.63"), "totalCost.EUR", equalTo("100.10"),
                        "byStatus.status", contains(STATUSES.split(", ")),
                        "byStatus[0].projects", equalTo(2), "byStatus[0].projectsWithCost", equalTo(1),
                        "byStatus[0].totalCost", equalTo(Map.of("PLN", "2500000.00")),
                        "byStatus[1].projects", equalTo(0), "byStatus[1].totalCost", equalTo(Map.of()),
                        "byStatus[2].totalCost.PLN", equalTo("11347418.63"),
                        "byStatus[4].totalCost", equalTo(Map.of("EUR", "100.10")));
    }

    @Test
    void answersFromTheCurrentRowsAfterAWrite() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long project = ProjectFixtures.project(programme, Map.of("status", "IMPLEMENTATION", "totalCost", "10.00"));
        json().get(path(programme)).then().statusCode(200).body("totalCost.PLN", equalTo("10.00"));
        mergePatch(Fixtures.etag(ProjectFixtures.PATH + "/" + project)).body("{\"totalCost\": \"12.50\", \"status\": \"COMPLETION\"}")
                .patch(ProjectFixtures.PATH + "/" + project).then().statusCode(200);
        json().get(path(programme)).then().statusCode(200)
                .body("totalCost.PLN", equalTo("12.50"), "byStatus[1].projects", equalTo(0), "byStatus[2].projects", equalTo(1));
    }

    @Test
    void aProjectWithoutARecordedStatusCountsInTheTotalsOnly() {
        long programme = Fixtures.programme(Fixtures.municipality());
        ProjectFixtures.project(programme, Map.of("status", "COMPLETION", "totalCost", "10.00"));
        Map<String, Object> noStatus = new HashMap<>(Map.of("totalCost", "2.50"));
        noStatus.put("status", null);
        ProjectFixtures.project(programme, noStatus);
        json().get(path(programme)).then().statusCode(200)
                .body("projects", equalTo(2), "projectsWithCost", equalTo(2), "totalCost.PLN", equalTo("12.50"),
                        "byStatus.status", contains(STATUSES.split(", ")), "byStatus.projects", contains(0, 0, 1, 0, 0, 0),
                        "byStatus[2].totalCost.PLN", equalTo("10.00"));
    }

    @Test
    void aProgrammeWithoutProjectsHasZeros() {
        long programme = Fixtures.programme(Fixtures.municipality());
        json().get(path(programme)).then().statusCode(200)
                .body("projects", equalTo(0), "projectsWithCost", equalTo(0), "totalCost", equalTo(Map.of()),
                        "byStatus.projects", contains(0, 0, 0, 0, 0, 0));
    }

    @Test
    void unknownProgrammeIs404() {
        json().get(path(999999999)).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("programme 999999999 does not exist"));
        json().get("/api/v1/programmes/abc/project-costs").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void oneStatementWhateverTheNumberOfProjects() {
        long programme = Fixtures.programme(Fixtures.municipality());
        long area = ProjectFixtures.area(db, programme, "REVITALISATION");
        long subarea = ProjectFixtures.subarea(db, area, "S1");
        long project = ProjectFixtures.project(programme, Map.of("status", "COMPLETION", "totalCost", "1000.00"));
        ProjectFixtures.copies(db, project, 499, subarea);
        long statements = statementsDuring(() -> json().get(path(programme)).then().statusCode(200)
                .body("projects", equalTo(500), "totalCost.PLN", equalTo("500000.00"), "byStatus[2].projects", equalTo(500)));
        // One plain SQL statement over the cost summary (ProjectCostsService, V85), none through Hibernate; the 499
        // copies were inserted by SQL, and the summary's trigger counted them.
        assertEquals(0, statements, "Hibernate statements for the sums");
    }
}
