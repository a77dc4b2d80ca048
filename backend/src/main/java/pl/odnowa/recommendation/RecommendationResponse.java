package pl.odnowa.recommendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.odnowa.indicator.Indicator;
import pl.odnowa.project.Project;

@Schema(name = "Recommendation")
public record RecommendationResponse(
        @Schema(example = "7") long id,
        @Schema(example = "2") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "Mierzyć zasiedlenie odnowionych kamienic") String title,
        @Schema(example = "Badanie Starego Miasta z 2013 r. wykazało, że wiele odnowionych kamienic stoi pustych. "
                + "Do wskaźnika produktu (liczba odnowionych budynków) dodać wskaźnik rezultatu: odsetek zasiedlonych lokali.") String text,
        @Schema(example = "HIGH") Priority priority,
        @Schema(example = "ACCEPTED") RecommendationStatus status,
        @Schema(example = "[\"IN_PROGRESS\", \"REJECTED\"]", description = "Statuses the recommendation may move to next")
        List<RecommendationStatus> allowedTransitions,
        @Schema(example = "Wydział Strategii i Rozwoju Gospodarczego") String owner,
        @Schema(example = "2026-12-31") LocalDate dueDate,
        @Schema(example = "Przyjęta przez Komitet Rewitalizacji") String statusReason,
        @Schema(example = "[5]") List<Long> areaIds,
        @Schema(example = "[12, 13]", description = "Draft projects only for those who may see them") List<Long> projectIds,
        @Schema(example = "[31]", description = "A draft project's indicators only for those who may see them") List<Long> indicatorIds,
        @Schema(example = "[\"11.1\", \"11.4\"]") List<String> sdgTargets,
        @Schema(example = "1", description = "Evaluation the recommendation came from, or null") Long evaluationId,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** With every link: the representation for those who may see the programme's drafts. */
    public static RecommendationResponse from(Recommendation r) {
        return from(r, p -> true, i -> true);
    }

    /** With the links to the projects and indicators that pass the tests (those the caller may see). */
    public static RecommendationResponse from(Recommendation r, Predicate<Project> project, Predicate<Indicator> indicator) {
        return new RecommendationResponse(r.id, r.programme.id, r.programme.municipality.teryt, r.title, r.text,
                r.priority, r.status, r.status.allowedTransitions(), r.owner, r.dueDate, r.statusReason,
                RecommendationRequest.sortedIds(r.areas.stream().map(a -> a.id)),
                RecommendationRequest.sortedIds(r.projects.stream().filter(project).map(p -> p.id)),
                RecommendationRequest.sortedIds(r.indicators.stream().filter(indicator).map(i -> i.id)),
                r.sdgTargets.stream().sorted().toList(),
                r.evaluation == null ? null : r.evaluation.id, r.version, r.createdAt, r.updatedAt);
    }
}
