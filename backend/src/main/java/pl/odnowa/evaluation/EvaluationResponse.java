package pl.odnowa.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Evaluation")
public record EvaluationResponse(
        @Schema(example = "1") long id,
        @Schema(example = "2") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "FINAL") EvaluationType type,
        @Schema(example = "2022-05-19") LocalDate date,
        @Schema(example = "Urząd Miejski w Bielsku-Białej, Wydział Strategii i Rozwoju Gospodarczego") String author,
        @Schema(example = "Rada Miejska przyjęła ewaluację końcową 19 maja 2022 r.") String committeeOpinion,
        List<Finding> findings,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static EvaluationResponse from(Evaluation e) {
        return new EvaluationResponse(e.id, e.programme.id, e.programme.municipality.teryt, e.type, e.date, e.author,
                e.committeeOpinion, List.copyOf(e.findings), e.version, e.createdAt, e.updatedAt);
    }
}
