package pl.odnowa.sdg;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import pl.odnowa.evaluation.ProgressStatus;
import pl.odnowa.indicator.IndicatorLevel;
import pl.odnowa.indicator.SdgRelation;

/** The SDG 11 roll-up of one programme or of every programme of a municipality. */
@Schema(name = "Sdg11Rollup", description = "Projects, indicators and open recommendations of the programmes covered, "
        + "per SDG 11 target (all 10, in the order of the UN framework)")
public record Sdg11Rollup(
        @Schema(example = "2461011", description = "TERYT code of the municipality") String municipality,
        @Schema(description = "The programmes covered: the one asked for, or every programme of the municipality "
                + "(its whole lineage), oldest first") List<ProgrammeRef> programmes,
        @Schema(description = "One entry per SDG 11 target, in position order") List<Target> targets,
        @Schema(description = "How many progress statuses of the roll-up rest on illustrative data") Provenance provenance) {

    @Schema(name = "Sdg11Provenance", description = "Progress statuses in the roll-up and how many of them rest on illustrative "
            + "data (an indicator or observation whose source says 'illustrative')")
    public record Provenance(
            @Schema(example = "9", description = "Indicators with a progress status (context indicators have none)") long statuses,
            @Schema(example = "8", description = "Of those, the ones resting on illustrative data") long illustrative,
            @Schema(example = "8 z 9 statusów postępu opiera się na danych ilustracyjnych.") String statementPl,
            @Schema(example = "8 of 9 progress statuses rest on illustrative data.") String statementEn) {

        static Provenance of(List<Target> targets) {
            List<IndicatorItem> items = targets.stream().flatMap(t -> t.indicators().items().stream())
                    .filter(i -> i.progress() != null).toList();
            long illustrative = items.stream().filter(IndicatorItem::illustrative).count();
            return new Provenance(items.size(), illustrative,
                    illustrative + " z " + items.size() + " statusów postępu opiera się na danych ilustracyjnych.",
                    illustrative + " of " + items.size() + " progress statuses rest on illustrative data.");
        }
    }

    @Schema(name = "Sdg11Programme")
    public record ProgrammeRef(
            @Schema(example = "2") long id,
            @Schema(example = "Program Rewitalizacji Obszarów Miejskich w Bielsku-Białej na lata 2014–2021") String name,
            @Schema(example = "PROM 2014–2021") String shortName,
            @Schema(example = "2014") int periodFrom,
            @Schema(example = "2021") Integer periodTo) {
    }

    @Schema(name = "Sdg11TargetRollup")
    public record Target(
            @Schema(example = "11.1") String code,
            @Schema(example = "1") int position,
            @Schema(example = "Do 2030 roku zapewnić wszystkim dostęp do odpowiednich, bezpiecznych i przystępnych cenowo mieszkań i podstawowych usług oraz poprawić warunki życia w slumsach") String titlePl,
            @Schema(example = "By 2030, ensure access for all to adequate, safe and affordable housing and basic services and upgrade slums") String titleEn,
            Projects projects,
            Indicators indicators,
            Recommendations recommendations) {
    }

    @Schema(name = "Sdg11Projects", description = "Projects that serve the target (a project serving several targets "
            + "counts in each); sums of the values given (a project without one adds nothing), as exact decimal strings")
    public record Projects(
            @Schema(example = "2") long count,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.00") BigDecimal estimatedValue,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "8937573.00") BigDecimal totalCost,
            Funding funding,
            @Schema(example = "1", description = "Of the projects, those whose source marks their figures or SDG assignment "
                    + "illustrative") long illustrative) {
    }

    @Schema(name = "Sdg11Funding", description = "Sums of the projects' funding sources by instrument (GRANT, LOAN, OWN, OTHER)")
    public record Funding(
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.00") BigDecimal grant,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "4739912.00") BigDecimal loan,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.00") BigDecimal own,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.00") BigDecimal other) {
    }

    @Schema(name = "Sdg11Indicators", description = "Indicators mapped to the target, with their progress status")
    public record Indicators(
            @Schema(example = "2") long count,
            @Schema(description = "Number of indicators by progress status (every status is present, zero when none)",
                    example = "{\"TARGET_ACHIEVED\": 0, \"ON_TRACK\": 0, \"ACCELERATION_NEEDED\": 0, \"LIMITED_PROGRESS\": 1, "
                            + "\"DETERIORATION\": 0, \"INSUFFICIENT_DATA\": 0, \"NOT_APPLICABLE\": 1}")
            Map<ProgressStatus, Long> byStatus,
            @Schema(example = "1", description = "Of the indicators with a status, those whose status rests on illustrative data")
            long illustrativeStatuses,
            List<IndicatorItem> items) {
    }

    @Schema(name = "Sdg11Indicator")
    public record IndicatorItem(
            @Schema(example = "12") long id,
            @Schema(example = "2") long programmeId,
            @Schema(example = "W2") String code,
            @Schema(example = "Odsetek zasiedlonych lokali w odnowionych kamienicach") String namePl,
            @Schema(example = "Occupied dwellings in renovated tenements") String nameEn,
            @Schema(example = "LIMITED_PROGRESS", description = "null for CONTEXT indicators") ProgressStatus progress,
            @Schema(example = "RESULT") IndicatorLevel level,
            @Schema(example = "PROXY", description = "A local proxy for the target (or for sdgIndicator), or the UN indicator itself")
            SdgRelation sdgRelation,
            @Schema(example = "11.1.1") String sdgIndicator,
            @Schema(example = "illustrative") String source,
            @Schema(example = "true", description = "The indicator's or an observation's source says 'illustrative'") boolean illustrative) {
    }

    @Schema(name = "Sdg11Recommendations", description = "Open recommendations (status PROPOSED, ACCEPTED or IN_PROGRESS) linked to the target")
    public record Recommendations(
            @Schema(example = "1") long count,
            List<RecommendationItem> items) {
    }

    @Schema(name = "Sdg11Recommendation")
    public record RecommendationItem(
            @Schema(example = "5") long id,
            @Schema(example = "2") long programmeId,
            @Schema(example = "Oceniać program co najmniej co 3 lata") String title) {
    }
}
