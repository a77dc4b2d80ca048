package pl.odnowa.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationRequest", description = "An evaluation as created (POST) or replaced (PUT)")
public record EvaluationRequest(
        @NotNull @Schema(example = "2", description = "Id of the programme evaluated; cannot change later") Long programmeId,
        @NotNull @Schema(example = "FINAL") EvaluationType type,
        @NotNull @Schema(example = "2022-05-19", description = "Date of the evaluation (for a final one: its acceptance)") LocalDate date,
        @NotBlank @Size(max = 300) @Schema(example = "Urząd Miejski w Bielsku-Białej, Wydział Strategii i Rozwoju Gospodarczego") String author,
        @Size(max = 20000) @Schema(example = "Rada Miejska przyjęła ewaluację końcową 19 maja 2022 r.") String committeeOpinion,
        @Size(max = 100) List<@Valid @NotNull Finding> findings) {

    static EvaluationRequest from(Evaluation e) {
        return new EvaluationRequest(e.programme.id, e.type, e.date, e.author, e.committeeOpinion, List.copyOf(e.findings));
    }
}
