package pl.odnowa.area;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import pl.odnowa.common.ApiTest;
import pl.odnowa.common.Fixtures;

/** Each item of an area page equals the area read alone (docs/performance.md, section 13). */
@QuarkusTest
class AreaListItemTest extends ApiTest {

    @Test
    void everyListItemEqualsTheAreaReadAlone() {
        long programme = Fixtures.programme(Fixtures.municipality(), Map.of("published", true));
        AreaFixtures.create(AreaFixtures.revitalisationArea(programme));
        AreaFixtures.create(AreaFixtures.area(programme, "DEGRADED", List.of()));
        List<Map<String, Object>> items = json().queryParam("programme", programme).get("/api/v1/areas")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertEquals(2, items.size());
        for (Map<String, Object> item : items) {
            assertEquals(json().get("/api/v1/areas/" + item.get("id")).then().statusCode(200).extract().jsonPath().getMap(""),
                    item, "area " + item.get("id"));
        }
    }
}
