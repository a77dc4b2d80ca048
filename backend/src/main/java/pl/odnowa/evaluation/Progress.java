package pl.odnowa.evaluation;

import java.math.BigDecimal;

/**
 * Progress of one indicator by the Open SDG / Statistics Canada method.
 *
 * @param status        the status
 * @param method        how it was decided; null for INSUFFICIENT_DATA and NOT_APPLICABLE
 * @param ratio         actual CAGR / required CAGR (4 decimals) when the status came from that ratio, else null
 * @param actualCagr    compound annual growth rate from base to latest as a fraction (0.0150 = 1.5%), 4 decimals
 * @param requiredCagr  growth rate needed from base to reach the target by the target year, 4 decimals
 * @param base          the baseline, or the earliest observation when there is no baseline
 * @param latest        the most recent observation after the base year
 * @param target        the target (its year may be null)
 * @param explanationPl why, in Polish, with the numbers
 * @param explanationEn why, in English, with the numbers
 */
public record Progress(
        ProgressStatus status,
        ProgressMethod method,
        BigDecimal ratio,
        BigDecimal actualCagr,
        BigDecimal requiredCagr,
        YearValue base,
        YearValue latest,
        YearValue target,
        String explanationPl,
        String explanationEn) {
}
