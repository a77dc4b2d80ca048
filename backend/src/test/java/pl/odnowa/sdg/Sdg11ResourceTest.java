package pl.odnowa.sdg;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** The SDG 11 roll-up of a programme and of a municipality's programmes. */
@QuarkusTest
class Sdg11ResourceTest extends ApiTest {

    static final List<String> TARGETS = List.of("11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.a", "11.b", "11.c");

    /** A municipality with two programmes and their projects, indicators and recommendations. */
    record World(String teryt, long p1, long p2, long i1, long i2, long i4, long r1, long r4, long r5) {
    }

    private static World world() {
        String teryt = Fixtures.municipality();
        long p1 = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "status", "COMPLETED", "periodFrom", 2007, "periodTo", 2013));
        long p2 = Fixtures.programme(teryt, Map.of("legalBasis", "PR", "status", "COMPLETED", "periodFrom", 2014, "periodTo", 2021,
                "predecessorId", p1));

        project(p1, Map.of("sdgTargets", List.of("11.1", "11.4"), "estimatedValue", "1000000.10", "totalCost", "1200000.15",
                "fundingSources", List.of(funding("GRANT", "600000.05"), funding("OWN", "400000.10"), funding("LOAN", "200000.00"))));
        project(p1, Map.of("sdgTargets", List.of("11.4"), "totalCost", "0.30",
                "fundingSources", List.of(funding("GRANT", "0.10"), funding("GRANT", "0.20"))));
        project(p1, Map.of("totalCost", "5.00", "fundingSources", List.of(funding("OTHER", "5.00"))));
        project(p2, Map.of("sdgTargets", List.of("11.4"), "estimatedValue", "9.99", "totalCost", "10.00",
                "fundingSources", List.of(funding("OTHER", "10.00"))));

        long i1 = indicator(p1, "A1", "11.4", 10, 11); // +4.88% a year, no target: ON_TRACK
        long i2 = indicator(p1, "A2", "11.1");         // no observations: INSUFFICIENT_DATA
        indicator(p1, "A3", null, 10, 11);               // no SDG target: not in the roll-up
        long i4 = indicator(p2, "B1", "11.4", 10, 9);    // falling, higher is better: DETERIORATION

        long r1 = recommendation(p1, "PROPOSED", List.of("11.4"));
        recommendation(p1, "IMPLEMENTED", List.of("11.4"));
        recommendation(p1, "REJECTED", List.of("11.4", "11.1"));
        long r4 = recommendation(p1, "ACCEPTED", List.of("11.1", "11.4"));
        recommendation(p1, "PROPOSED", List.of());
        long r5 = recommendation(p2, "IN_PROGRESS", List.of("11.4"));
        return new World(teryt, p1, p2, i1, i2, i4, r1, r4, r5);
    }

    @Test
    void rollsUpAProgrammePerTarget() {
        World w = world();
        ValidatableResponse r = json().get("/api/v1/programmes/" + w.p1() + "/sdg11").then().statusCode(200)
                .body("municipality", equalTo(w.teryt()), "programmes.id", contains((int) w.p1()),
                        "programmes[0].periodFrom", equalTo(2007), "programmes[0].periodTo", equalTo(2013),
                        "targets.code", contains(TARGETS.toArray()), "targets.position", contains(1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
                        "targets[0].titleEn", equalTo("By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums"),
                        "targets[0].titlePl", equalTo("Do 2030 roku zapewnić wszystkim dostęp do odpowiednich, bezpiecznych i przystępnych cenowo mieszkań i podstawowych usług oraz poprawić warunki życia w slumsach"));
        // 11.1: the first project only
        r.body("targets[0].projects.count", equalTo(1), "targets[0].projects.estimatedValue", equalTo("1000000.10"),
                "targets[0].projects.totalCost", equalTo("1200000.15"),
                "targets[0].projects.funding.grant", equalTo("600000.05"), "targets[0].projects.funding.loan", equalTo("200000.00"),
                "targets[0].projects.funding.own", equalTo("400000.10"), "targets[0].projects.funding.other", equalTo("0.00"),
                "targets[0].indicators.count", equalTo(1), "targets[0].indicators.items.id", contains((int) w.i2()),
                "targets[0].indicators.items[0].code", equalTo("A2"), "targets[0].indicators.items[0].progress", equalTo("INSUFFICIENT_DATA"),
                "targets[0].indicators.items[0].namePl", equalTo("Wskaźnik A2"), "targets[0].indicators.items[0].nameEn", equalTo("Indicator A2"),
                "targets[0].indicators.byStatus.INSUFFICIENT_DATA", equalTo(1), "targets[0].indicators.byStatus.ON_TRACK", equalTo(0),
                "targets[0].recommendations.count", equalTo(1), "targets[0].recommendations.items.id", contains((int) w.r4()),
                "targets[0].recommendations.items[0].title", equalTo("Rekomendacja ACCEPTED"));
        // 11.4: two projects, 0.10 + 0.20 summed exactly
        r.body("targets[3].projects.count", equalTo(2), "targets[3].projects.estimatedValue", equalTo("1000000.10"),
                "targets[3].projects.totalCost", equalTo("1200000.45"), "targets[3].projects.funding.grant", equalTo("600000.35"),
                "targets[3].projects.funding.loan", equalTo("200000.00"), "targets[3].projects.funding.own", equalTo("400000.10"),
                "targets[3].projects.funding.other", equalTo("0.00"),
                "targets[3].indicators.items.id", contains((int) w.i1()), "targets[3].indicators.items[0].progress", equalTo("ON_TRACK"),
                "targets[3].indicators.byStatus.ON_TRACK", equalTo(1), "targets[3].indicators.byStatus.DETERIORATION", equalTo(0),
                "targets[3].recommendations.count", equalTo(2),
                "targets[3].recommendations.items.id", contains((int) w.r1(), (int) w.r4()));
        // Every other target: nothing, with zero money as "0.00" and every status counted.
        for (int k : new int[] {1, 2, 4, 5, 6, 7, 8, 9}) {
            String t = "targets[" + k + "].";
            r.body(t + "projects.count", equalTo(0), t + "projects.estimatedValue", equalTo("0.00"),
                    t + "projects.totalCost", equalTo("0.00"), t + "projects.funding.grant", equalTo("0.00"),
                    t + "indicators.count", equalTo(0), t + "indicators.items", empty(),
                    t + "indicators.byStatus.size()", equalTo(7), t + "recommendations.count", equalTo(0),
                    t + "recommendations.items", empty());
        }
    }

    @Test
    void rollsUpEveryProgrammeOfAMunicipality() {
        World w = world();
        json().get("/api/v1/municipalities/" + w.teryt() + "/sdg11").then().statusCode(200)
                .body("municipality", equalTo(w.teryt()), "programmes.id", contains((int) w.p1(), (int) w.p2()),
                        "programmes.periodFrom", contains(2007, 2014), "targets.code", contains(TARGETS.toArray()),
                        "targets[0].projects.count", equalTo(1), "targets[0].projects.totalCost", equalTo("1200000.15"),
                        "targets[3].projects.count", equalTo(3), "targets[3].projects.estimatedValue", equalTo("1000010.09"),
                        "targets[3].projects.totalCost", equalTo("1200010.45"), "targets[3].projects.funding.grant", equalTo("600000.35"),
                        "targets[3].projects.funding.loan", equalTo("200000.00"), "targets[3].projects.funding.own", equalTo("400000.10"),
                        "targets[3].projects.funding.other", equalTo("10.00"),
                        "targets[3].indicators.count", equalTo(2),
                        "targets[3].indicators.items.id", contains((int) w.i1(), (int) w.i4()),
                        "targets[3].indicators.items.programmeId", contains((int) w.p1(), (int) w.p2()),
                        "targets[3].indicators.items.progress", contains("ON_TRACK", "DETERIORATION"),
                        "targets[3].indicators.byStatus.ON_TRACK", equalTo(1), "targets[3].indicators.byStatus.DETERIORATION", equalTo(1),
                        "targets[3].indicators.byStatus.TARGET_ACHIEVED", equalTo(0),
                        "targets[3].recommendations.count", equalTo(3),
                        "targets[3].recommendations.items.id", contains((int) w.r1(), (int) w.r4(), (int) w.r5()),
                        "targets[3].recommendations.items.programmeId", contains((int) w.p1(), (int) w.p1(), (int) w.p2()),
                        "targets[5].projects.count", equalTo(0));
        // The second programme alone.
        json().get("/api/v1/programmes/" + w.p2() + "/sdg11").then().statusCode(200)
                .body("programmes.id", contains((int) w.p2()), "targets[3].projects.count", equalTo(1),
                        "targets[3].projects.totalCost", equalTo("10.00"), "targets[3].projects.funding.other", equalTo("10.00"),
                        "targets[3].indicators.items.id", contains((int) w.i4()), "targets[3].recommendations.items.id", contains((int) w.r5()),
                        "targets[0].projects.count", equalTo(0));
    }

    @Test
    void showsTheTargetsWithZerosForAMunicipalityWithoutProgrammes() {
        String teryt = Fixtures.municipality();
        json().get("/api/v1/municipalities/" + teryt + "/sdg11").then().statusCode(200)
                .body("programmes", empty(), "targets", hasSize(10), "targets.projects.count", everyItem(equalTo(0)),
                        "targets.projects.totalCost", everyItem(equalTo("0.00")), "targets.indicators.count", everyItem(equalTo(0)));
    }

    @Test
    void answers404ForAnUnknownProgrammeOrMunicipality() {
        json().get("/api/v1/programmes/999999999/sdg11").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        json().get("/api/v1/municipalities/" + uniqueTeryt() + "/sdg11").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void rollUpCostsABoundedNumberOfStatementsWhateverTheData() {
        World w = world();
        long emptyProgramme = Fixtures.programme(w.teryt());
        long full = statementsDuring(() -> json().get("/api/v1/programmes/" + w.p1() + "/sdg11").then().statusCode(200));
        long none = statementsDuring(() -> json().get("/api/v1/programmes/" + emptyProgramme + "/sdg11").then().statusCode(200));
        assertEquals(none, full, "statements for an empty and a full programme");
        assertTrue(full <= 7, "the programme roll-up took " + full + " statements");
        for (int k = 0; k < 30; k++) {
            project(w.p2(), Map.of("sdgTargets", List.of("11.2", "11.3"), "totalCost", "1.00",
                    "fundingSources", List.of(funding("GRANT", "0.50"), funding("OWN", "0.50"))));
        }
        long municipality = statementsDuring(() -> json().get("/api/v1/municipalities/" + w.teryt() + "/sdg11").then()
                .statusCode(200).body("targets[1].projects.count", equalTo(30), "targets[1].projects.funding.grant", equalTo("15.00")));
        assertTrue(municipality <= 8, "the municipality roll-up took " + municipality + " statements");
    }

    @Test
    void coversTheWholeLineageOfBielskoBiala() {
        json().get("/api/v1/municipalities/2461011/sdg11").then().statusCode(200)
                .body("programmes.shortName", contains("Stare Miasto 2004–2006", "PROM 2007–2013", "PROM 2014–2021", "GPR 2030"),
                        "targets[3].projects.count", equalTo(3), "targets[3].projects.totalCost", equalTo("20284991.62"),
                        "targets[3].projects.funding.grant", equalTo("6380223.26"), "targets[3].projects.funding.loan", equalTo("4739912.00"),
                        "targets[3].projects.funding.own", equalTo("4967195.36"));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Map<String, Object> funding(String instrument, String amount) {
        return Map.of("source", "Źródło " + instrument, "instrument", instrument, "amount", amount);
    }

    private static long project(long programme, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "kind", "BASIC",
                "title", unique("Projekt"), "status", "IMPLEMENTATION"));
        body.putAll(fields);
        return Fixtures.post("/api/v1/projects", body).longValue();
    }

    /** An indicator (higher is better, no baseline or target) with whole-scope values for 2019 and 2021, if given. */
    private static long indicator(long programme, String code, String sdgTarget, Number... values) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "scope", "PROGRAMME", "code", code,
                "namePl", "Wskaźnik " + code, "nameEn", "Indicator " + code, "unit", "%", "direction", "HIGHER",
                "level", "RESULT"));
        if (sdgTarget != null) {
            body.put("sdgTarget", sdgTarget);
        }
        long id = Fixtures.post("/api/v1/indicators", body).longValue();
        int year = 2019;
        for (Number value : values) {
            Fixtures.post("/api/v1/indicators/" + id + "/observations", Map.of("period", year, "value", value));
            year += 2;
        }
        return id;
    }

    private static long recommendation(long programme, String status, List<String> targets) {
        Map<String, Object> body = new HashMap<>(Map.of("programmeId", programme, "title", "Rekomendacja " + status,
                "text", "Tekst rekomendacji.", "priority", "MEDIUM", "status", status, "sdgTargets", targets));
        if (status.equals("REJECTED")) {
            body.put("statusReason", "Odrzucona przez Komitet Rewitalizacji");
        }
        return Fixtures.post("/api/v1/recommendations", body).longValue();
    }
}
