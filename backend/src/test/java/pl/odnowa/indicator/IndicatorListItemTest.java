package pl.odnowa.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** Each item of an indicator page equals the indicator read alone (docs/performance.md, section 13). */
@QuarkusTest
class IndicatorListItemTest extends ApiTest {

    @Test
    void everyListItemEqualsTheIndicatorReadAlone() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        long withSeries = IndicatorFixtures.indicator(programme, Map.of("baseline", Map.of("value", "20", "year", 2020),
                "target", Map.of("value", "10", "year", 2030)));
        IndicatorFixtures.observation(withSeries, 2021, "18.5", null);
        IndicatorFixtures.indicator(programme, Map.of());
        List<Map<String, Object>> items = json().queryParam("programme", programme).get("/api/v1/indicators")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(2, items.size());
        for (Map<String, Object> item : items) {
            assertEquals(json().get("/api/v1/indicators/" + item.get("id")).then().statusCode(200).extract().jsonPath().getMap(""),
                    item, "indicator " + item.get("id"));
        }
    }
}
