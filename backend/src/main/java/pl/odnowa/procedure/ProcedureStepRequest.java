package pl.odnowa.procedure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcedureStepRequest", description = "A procedure step as created (POST) or replaced (PUT); what is not known "
        + "stays null (not recorded)")
public record ProcedureStepRequest(
        @NotNull @Schema(example = "3", description = "Id of the programme; cannot change later") Long programmeId,
        @NotNull @Schema(example = "AREA_DESIGNATION", description = "START_RESOLUTION (art. 14), AREA_DESIGNATION (art. 8, 11), "
                + "OPINIONS (art. 17 ust. 2), ADOPTION (art. 19), AMENDMENT, COMMITTEE_RULES (art. 7) or ASSESSMENT (art. 22)")
        ProcedureStepKind kind,
        @Schema(example = "2022-08-25", description = "Date of the resolution or document") LocalDate date,
        @Size(max = 500) @Schema(example = "Uchwała w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji Miasta Bielska-Białej")
        String title,
        @Size(max = 100) @Schema(example = "XLVII/1091/2022", description = "Number of the resolution or document") String documentNumber,
        @Size(max = 200) @Schema(example = "Dz. Urz. Woj. Śląskiego 2022 poz. 5426", description = "Promulgation in the voivodeship's "
                + "official journal") String journalReference,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        @Schema(example = "https://bip.um.bielsko.pl/", description = "Address of the document in the public information bulletin (BIP)")
        String bipUrl,
        @Size(max = 1000) @Schema(example = "bielsko-biala.pl, rewitalizacja miasta", description = "Where the record comes from")
        String source,
        @Schema(example = "2025-10-15", description = "ASSESSMENT only: date of the Revitalisation Committee's opinion (art. 22 ust. 2)")
        LocalDate committeeOpinionDate,
        @Schema(example = "2025-10-20", description = "ASSESSMENT only: date of the publication in the BIP (art. 22 ust. 2)")
        LocalDate bipPublishedOn) {

    static ProcedureStepRequest from(ProcedureStep s) {
        return new ProcedureStepRequest(s.programme.id, s.kind, s.date, s.title, s.documentNumber, s.journalReference,
                s.bipUrl, s.source, s.committeeOpinionDate, s.bipPublishedOn);
    }
}
