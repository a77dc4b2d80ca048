package pl.odnowa.evaluation;

import java.math.BigDecimal;

/**
 * Progress of one indicator by the Open SDG / Statistics Canada method.
 *
 * @param status              the status; null for a CONTEXT indicator, which has no normative direction
 * @param method              how it was decided; null when no status could be given
 * @param ratio               Open SDG's R = d × observed CAGR ÷ |required CAGR| (4 decimals), with a dated target
 * @param actualCagr          compound annual growth rate from base to latest as a fraction (0.0150 = 1.5%), 4 decimals
 * @param requiredCagr        growth rate needed from base to reach the target by the target year, 4 decimals
 * @param score               Open SDG's progress score from −5 to 5 (5 when the target is achieved), 4 decimals
 * @param openSdgStatus       the status under Open SDG's own name (target_achieved, substantial_progress,
 *                            moderate_progress, limited_progress, deterioration, not_available)
 * @param limitCoefficient    the factor C that scaled the thresholds for a natural limit (4 decimals), else null
 * @param degreeOfAchievement OUTPUT indicators: latest value ÷ target value (4 decimals), as EU funds monitoring reports
 *                            it; null for other kinds or without a latest value or a positive target
 * @param base                the baseline, or the first observation from the default base year on
 * @param latest              the most recent observation
 * @param target              the target, with the year it is assessed against (the default when none is recorded)
 * @param targetYearAssumed   true when the target year is the default, not recorded
 * @param explanationPl       why, in Polish, with the numbers
 * @param explanationEn       why, in English, with the numbers
 */
public record Progress(
        ProgressStatus status,
        ProgressMethod method,
        BigDecimal ratio,
        BigDecimal actualCagr,
        BigDecimal requiredCagr,
        BigDecimal score,
        String openSdgStatus,
        BigDecimal limitCoefficient,
        BigDecimal degreeOfAchievement,
        YearValue base,
        YearValue latest,
        YearValue target,
        boolean targetYearAssumed,
        String explanationPl,
        String explanationEn) {
}
