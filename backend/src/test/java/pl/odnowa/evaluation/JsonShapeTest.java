package pl.odnowa.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import pl.odnowa.indicator.Direction;
import pl.odnowa.indicator.IndicatorLevel;

/** The result records serialise to plain JSON with a plain Jackson mapper (no extra modules). */
class JsonShapeTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void progress() throws Exception {
        Progress p = ProgressCalculator.calculate(new ProgressInput(IndicatorLevel.RESULT, Direction.HIGHER, 2015,
                new BigDecimal("100"), 2025, new BigDecimal("200"), null, Map.of(2020, new BigDecimal("150")),
                ProgressSettings.OPEN_SDG));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(p));
        assertEquals("ON_TRACK", json.get("status").asText());
        assertEquals("CAGR_VS_REQUIRED", json.get("method").asText());
        assertEquals("1.1769", json.get("ratio").asText());
        assertEquals("0.0845", json.get("actualCagr").asText());
        assertEquals(2020, json.get("latest").get("year").asInt());
        assertEquals("150", json.get("latest").get("value").asText());
        assertEquals(List.of("status", "method", "ratio", "actualCagr", "requiredCagr", "score", "openSdgStatus",
                "limitCoefficient", "degreeOfAchievement", "base", "latest", "target", "targetYearAssumed",
                "explanationPl", "explanationEn"), List.copyOf(iterable(json)));
    }

    @Test
    void check() throws Exception {
        Check c = new ActRules().art22(LocalDate.of(2022, 9, 22), null, LocalDate.of(2025, 9, 23));
        JsonNode json = mapper.readTree(mapper.writeValueAsString(c));
        assertEquals("FAIL", json.get("result").asText());
        assertEquals("2025-09-22", json.get("figures").get("dueDate").asText());
        assertEquals(1, json.get("figures").get("daysOverdue").asInt());
        assertEquals(0, json.get("missing").size());
        assertEquals(List.of("id", "article", "rule", "subject", "result", "missing", "figures", "explanationPl",
                "explanationEn"), List.copyOf(iterable(json)));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
