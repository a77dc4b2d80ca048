package pl.odnowa.recommendation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationRequest", description = "A recommendation as created (POST) or replaced (PUT)")
public record RecommendationRequest(
        @NotNull @Schema(example = "2", description = "Id of the programme the recommendation belongs to; cannot change later") Long programmeId,
        @NotBlank @Size(max = 300)
        @Schema(example = "Mierzyć zasiedlenie odnowionych kamienic") String title,
        @NotBlank @Size(max = 20000)
        @Schema(example = "Badanie Starego Miasta z 2013 r. wykazało, że wiele odnowionych kamienic stoi pustych. "
                + "Do wskaźnika produktu (liczba odnowionych budynków) dodać wskaźnik rezultatu: odsetek zasiedlonych lokali.") String text,
        @NotNull @Schema(example = "HIGH") Priority priority,
        @Schema(example = "ACCEPTED", description = "Defaults to PROPOSED on create and to the current status on replace. "
                + "Allowed moves: PROPOSED → ACCEPTED → IN_PROGRESS → IMPLEMENTED, or PROPOSED/ACCEPTED/IN_PROGRESS → REJECTED")
        RecommendationStatus status,
        @Size(max = 200) @Schema(example = "Wydział Strategii i Rozwoju Gospodarczego", description = "Who is responsible") String owner,
        @Schema(example = "2026-12-31") LocalDate dueDate,
        @Size(max = 10000) @Schema(example = "Przyjęta przez Komitet Rewitalizacji",
                description = "Why the status was set; required (not blank) for REJECTED") String statusReason,
        @Size(max = 100) @Schema(example = "[5]", description = "Areas of the same programme") List<@NotNull Long> areaIds,
        @Size(max = 500) @Schema(example = "[12, 13]", description = "Projects of the same programme") List<@NotNull Long> projectIds,
        @Size(max = 500) @Schema(example = "[31]", description = "Indicators of the same programme") List<@NotNull Long> indicatorIds,
        @Size(max = 20) @Schema(example = "[\"11.1\", \"11.4\"]", description = "SDG 11 target codes")
        List<@NotBlank @Size(max = 8) String> sdgTargets,
        @Schema(example = "1", description = "Evaluation of the same programme the recommendation came from (optional)") Long evaluationId) {

    static RecommendationRequest from(Recommendation r) {
        return new RecommendationRequest(r.programme.id, r.title, r.text, r.priority, r.status, r.owner, r.dueDate,
                r.statusReason, sortedIds(r.areas.stream().map(a -> a.id)), sortedIds(r.projects.stream().map(p -> p.id)),
                sortedIds(r.indicators.stream().map(i -> i.id)), r.sdgTargets.stream().sorted().toList(),
                r.evaluation == null ? null : r.evaluation.id);
    }

    static List<Long> sortedIds(java.util.stream.Stream<Long> ids) {
        return ids.sorted(Comparator.naturalOrder()).toList();
    }
}
