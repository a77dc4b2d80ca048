package pl.odnowa.diagnosis;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Delimitation", description = "The delimitation computed from the units and indicators: every value against its "
        + "reference, the spheres in crisis, art. 9 ust. 1, the synthetic index, the proposed degraded area and the shares of a selection")
public record DelimitationResponse(
        @Schema(example = "2461011") String municipality,
        Method method,
        @Schema(description = "Municipality's area (ha) and residents the shares are measured against") Base base,
        List<IndicatorSummary> indicators,
        List<UnitRow> units,
        @Schema(description = "Units meeting art. 9 ust. 1: the proposed degraded area") Selection degraded,
        @Schema(description = "The units chosen for the revitalisation area, against the art. 10 ust. 2 limits; null when none chosen")
        Selection revitalisation) {

    @Schema(name = "DelimitationMethod")
    public record Method(@Schema(example = "2023") int year, @Schema(example = "0") double thresholdPct,
            @Schema(example = "2") int minSocialIndicators, @Schema(example = "[\"S1\", \"S2\"]") List<String> indicators,
            @Schema(example = "worse: value > reference × (1 + t/100) (HIGHER_IS_WORSE) or value < reference × (1 − t/100) "
                    + "(HIGHER_IS_BETTER); index: mean of z = ±(value − mean) / population standard deviation, + for HIGHER_IS_WORSE")
            String formula) {
    }

    @Schema(name = "DelimitationBase")
    public record Base(@Schema(example = "12450.0") Double areaHa, @Schema(example = "168319") Integer residents,
            @Schema(example = "municipality", description = "municipality (its recorded area and residents) or units (their sum, "
                    + "when the municipality's figure is not recorded)") String areaSource,
            @Schema(example = "municipality") String residentsSource) {
    }

    @Schema(name = "DelimitationIndicator")
    public record IndicatorSummary(@Schema(example = "S1") String code, @Schema(example = "Bezrobotni na 100 mieszkańców") String name,
            @Schema(example = "SOCIAL") Sphere sphere, @Schema(example = "HIGHER_IS_WORSE") DiagnosticDirection direction,
            @Schema(example = "true") boolean rate, @Schema(example = "5.2") Double reference,
            @Schema(example = "residents-weighted mean") String referenceMethod, @Schema(example = "5.6") Double mean,
            @Schema(example = "2.1") Double sd, @Schema(example = "illustrative") String source) {
    }

    @Schema(name = "DelimitationCell")
    public record Cell(@Schema(example = "S1") String indicator, @Schema(example = "SOCIAL") Sphere sphere,
            @Schema(example = "8.0", description = "null: not known") Double value, @Schema(example = "5.2") Double reference,
            @Schema(example = "true", description = "null: value or reference not known") Boolean worse,
            @Schema(example = "1.14", description = "Standardised score, sign-adjusted (positive: worse)") Double z) {
    }

    @Schema(name = "DelimitationSpheres", description = "Spheres in crisis: true, false, null = not examined or not decidable")
    public record Spheres(Boolean social, Boolean economic, Boolean environmental, Boolean spatialFunctional, Boolean technical) {
    }

    @Schema(name = "DelimitationUnit")
    public record UnitRow(@Schema(example = "OS-01") String code, @Schema(example = "Śródmieście") String name,
            @Schema(example = "80.0") Double areaHa, @Schema(example = "4200") Integer residents, List<Cell> values, Spheres spheres,
            @Schema(example = "2", description = "Social indicators worse than the reference") int socialWorse,
            @Schema(example = "true", description = "Art. 9 ust. 1: social and at least one other sphere; null: cannot tell") Boolean meetsArt9,
            @Schema(example = "0.83", description = "Synthetic index (mean of the sign-adjusted z-scores); null: no score") Double index) {
    }

    @Schema(name = "DelimitationSelection")
    public record Selection(@Schema(example = "[\"OS-01\"]") List<String> units, @Schema(example = "160.0") double areaHa,
            @Schema(example = "8400") long residents, @Schema(example = "1.29") Double areaSharePct,
            @Schema(example = "4.99") Double residentsSharePct, @Schema(example = "20") double maxAreaSharePct,
            @Schema(example = "30") double maxResidentsSharePct,
            @Schema(example = "true", description = "Within both limits of art. 10 ust. 2 (only meaningful for the revitalisation area)")
            boolean withinLimits) {
    }
}
