package pl.odnowa.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule checked against a programme's data, ready to be serialised for the API.
 *
 * @param id            stable identifier, e.g. {@code ART_10_2_AREA}
 * @param article       the legal provision, e.g. {@code art. 10 ust. 2}; null for data-quality checks
 * @param rule          the rule in a short English sentence
 * @param subject       what was checked when the rule applies per item (a subarea code, ...); null for the whole
 *                      programme
 * @param result        PASS, FAIL or UNKNOWN
 * @param missing       what data (or, for FAIL of a completeness rule, what content) is missing, as paths like
 *                      {@code subareas[R2].areaHa}; empty when nothing is missing
 * @param figures       the numbers and texts the decision used, in a stable order
 * @param explanationPl why, in Polish, with the numbers
 * @param explanationEn why, in English, with the numbers
 */
public record Check(
        String id,
        String article,
        String rule,
        String subject,
        CheckResult result,
        List<String> missing,
        Map<String, Object> figures,
        String explanationPl,
        String explanationEn) {

    public Check {
        missing = missing == null ? List.of() : List.copyOf(missing);
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
