package pl.odnowa.evaluation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvaluationRequest", description = "An evaluation as created (POST) or replaced (PUT)")
public record EvaluationRequest(
        @NotNull @Schema(example = "2", description = "Id of the programme evaluated; cannot change later") Long programmeId,
        @NotNull @Schema(example = "FINAL") EvaluationType type,
        @Schema(example = "2025-09-30", description = "Date of the evaluation; null: not known. A PERIODIC or FINAL assessment's "
                + "date restarts art. 22's three-year clock; an EX_ANTE one does not") LocalDate date,
        @Size(max = 300) @Pattern(regexp = "\\S(.*\\S)?", message = "must not be blank or start or end with a space")
        @Schema(example = "Urząd Miejski w Bielsku-Białej", description = "Who made the evaluation; null: not known") String author,
        @Size(max = 20000) @Schema(example = "Komitet Rewitalizacji pozytywnie zaopiniował ocenę.", description = "The Revitalisation "
                + "Committee's opinion (art. 22)") String committeeOpinion,
        @Schema(example = "2025-10-15", description = "Date of the committee's opinion") LocalDate committeeOpinionDate,
        @Size(max = 500) @Schema(example = "https://bip.um.bielsko.pl/", description = "Where the assessment is published in the "
                + "public information bulletin (BIP): address or reference (art. 22)") String bipPublication,
        @Schema(example = "2025-10-20", description = "Date of the BIP publication") LocalDate bipPublishedOn,
        @Size(max = 300) @Schema(example = "Rada Miejska Bielska-Białej", description = "Body that accepted the evaluation, if any") String acceptedBy,
        @Schema(example = "2022-05-19", description = "Date it was accepted") LocalDate acceptedOn,
        @Size(max = 100) List<@Valid @NotNull Finding> findings) {

    static EvaluationRequest from(Evaluation e) {
        return new EvaluationRequest(e.programme.id, e.type, e.date, e.author, e.committeeOpinion, e.committeeOpinionDate,
                e.bipPublication, e.bipPublishedOn, e.acceptedBy, e.acceptedOn, List.copyOf(e.findings));
    }
}
