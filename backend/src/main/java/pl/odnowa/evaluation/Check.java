package pl.odnowa.evaluation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One rule checked against a programme's data, ready to be serialised for the API.
 *
 * @param id            stable identifier, e.g. {@code ART_10_2_AREA}
 * @param article       the provision, e.g. {@code art. 10 ust. 2}; null for data-quality checks
 * @param basis         the body of rules the provision belongs to; null for data-quality checks
 * @param source        the full citation of that body of rules (Polish), null with it
 * @param rule          the rule in a short English sentence
 * @param subject       what was checked when the rule applies per item (a subarea code, ...); null for the whole
 *                      programme
 * @param result        PASS, FAIL, UNKNOWN or NOT_APPLICABLE
 * @param missing       what data (or, for FAIL of a completeness rule, what content) is missing, as paths like
 *                      {@code subareas[R2].areaHa}; empty when nothing is missing
 * @param figures       the numbers and texts the decision used, in a stable order
 * @param explanationPl why, in Polish, with the numbers
 * @param explanationEn why, in English, with the numbers
 */
public record Check(
        String id,
        String article,
        LegalBasisOfCheck basis,
        String source,
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
        source = basis == null ? null : basis.citationPl();
    }

    /** A check of the Revitalisation Act (article given) or a data-quality check (no article). */
    public Check(String id, String article, String rule, String subject, CheckResult result, List<String> missing,
            Map<String, Object> figures, String explanationPl, String explanationEn) {
        this(id, article, article == null ? null : LegalBasisOfCheck.ACT_2015, null, rule, subject, result, missing,
                figures, explanationPl, explanationEn);
    }

    /** The same finding under another body of rules, its id and provision; the explanations cite those rules, not the article. */
    public Check under(LegalBasisOfCheck otherBasis, String otherId, String otherArticle) {
        String pl = article == null ? explanationPl : explanationPl.replace(article, "wytycznych 2014–2020 (" + otherArticle + ")");
        String en = article == null ? explanationEn : explanationEn.replace(article, "the 2014–2020 guidelines");
        return new Check(otherId, otherArticle, otherBasis, null, rule, subject, result, missing, figures, pl, en);
    }

    /** The same check with a sentence added to both explanations. */
    public Check withNote(String notePl, String noteEn) {
        return new Check(id, article, basis, null, rule, subject, result, missing, figures, explanationPl + notePl,
                explanationEn + noteEn);
    }
}
