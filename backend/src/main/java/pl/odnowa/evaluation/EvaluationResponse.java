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
        @Schema(example = "2025-09-30", description = "null: not known") LocalDate date,
        @Schema(example = "Urząd Miejski w Bielsku-Białej", description = "null: not known") String author,
        @Schema(example = "Komitet Rewitalizacji pozytywnie zaopiniował ocenę.") String committeeOpinion,
        @Schema(example = "2025-10-15") LocalDate committeeOpinionDate,
        @Schema(example = "https://bip.um.bielsko.pl/") String bipPublication,
        @Schema(example = "2025-10-20") LocalDate bipPublishedOn,
        @Schema(example = "Rada Miejska Bielska-Białej") String acceptedBy,
        @Schema(example = "2022-05-19") LocalDate acceptedOn,
        List<Finding> findings,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static EvaluationResponse from(Evaluation e) {
        return new EvaluationResponse(e.id, e.programme.id, e.programme.municipality.teryt, e.type, e.date, e.author,
                e.committeeOpinion, e.committeeOpinionDate, e.bipPublication, e.bipPublishedOn, e.acceptedBy, e.acceptedOn,
                List.copyOf(e.findings), e.version, e.createdAt, e.updatedAt);
    }
}
