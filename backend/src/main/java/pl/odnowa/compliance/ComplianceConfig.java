package pl.odnowa.compliance;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import pl.odnowa.evaluation.ActThresholds;

/**
 * Limits of the compliance checks under {@code odnowa.compliance.*}, configurable because some legal texts are marked
 * [verify] in the domain file. The defaults are the Act's values (see {@link ActThresholds#DEFAULTS}).
 */
@ConfigMapping(prefix = "odnowa.compliance")
public interface ComplianceConfig {

    /** art. 10 ust. 2: the revitalisation area's maximum share of the municipality's area, in %. */
    @WithDefault("20")
    BigDecimal maxAreaSharePct();

    /** art. 10 ust. 2: its maximum share of the municipality's residents, in %. */
    @WithDefault("30")
    BigDecimal maxResidentsSharePct();

    /** art. 22: the programme is assessed at least every N years. */
    @WithDefault("3")
    int evaluationIntervalYears();

    /**
     * art. 7 ust. 3: the committee's rules are set before the adoption or within N months after (3 in the domain file's
     * reading of the Act; configurable because the text was not re-read here).
     */
    @WithDefault("3")
    int committeeRulesMonths();

    /** art. 25: a special revitalisation zone lasts at most N years. */
    @WithDefault("10")
    int specialZoneMaxYears();

    /** AREA_HA_MATCH: declared and computed hectares may differ by this many %. */
    @WithDefault("2.0")
    double areaTolerancePct();

    /**
     * art. 52 ust. 1: the last day projects of a programme adopted outside the Act may be carried out without a GPR.
     * 31 December 2023 in the 2021 consolidated text; whether a later amendment moved it is not verified, so it is
     * configurable.
     */
    @WithDefault("2023-12-31")
    java.time.LocalDate art52Deadline();

    /** The first year of the 2014–2020 EU financial framework, whose guidelines judge PR programmes running in it. */
    @WithDefault("2014")
    int guidelinesFirstYear();

    /** Containment: a revitalisation subarea may stick out of the degraded area by this fraction of its area ... */
    @WithDefault("0.001")
    double containmentToleranceFraction();

    /** ... or by this many m², whichever is larger. */
    @WithDefault("5.0")
    double containmentToleranceM2();

    /**
     * art. 6 ust. 5 as in force since {@link #consultationRulesChange()} (Dz.U. 2024 poz. 278): comments are taken for at
     * least N days counted from the start of the consultation.
     */
    @WithDefault("35")
    int consultationMinDays();

    /** art. 6 ust. 5 as in force before: at least N days counted from the announcement (the 2020 text; 2021–2023 not read). */
    @WithDefault("30")
    int consultationMinDaysBefore();

    /** The day the 35-day text came into force (the amendment of Dz.U. 2023 poz. 1688, per sip.lex.pl). */
    @WithDefault("2023-09-24")
    java.time.LocalDate consultationRulesChange();

    /** The summary of a consultation is published within N days after its end: assumed, the Act's text was not read. */
    @WithDefault("30")
    int consultationSummaryDays();
}
