package pl.odnowa.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProcedureStep")
public record ProcedureStepResponse(
        @Schema(example = "4") long id,
        @Schema(example = "3") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "AREA_DESIGNATION") ProcedureStepKind kind,
        @Schema(example = "art. 8, 11", description = "The provision of the Revitalisation Act the step follows") String article,
        @Schema(example = "2022-08-25") LocalDate date,
        @Schema(example = "Uchwała w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji Miasta Bielska-Białej") String title,
        @Schema(example = "XLVII/1091/2022") String documentNumber,
        @Schema(example = "Dz. Urz. Woj. Śląskiego 2022 poz. 5426") String journalReference,
        @Schema(example = "https://bip.um.bielsko.pl/") String bipUrl,
        @Schema(example = "bielsko-biala.pl, rewitalizacja miasta") String source,
        @Schema(example = "2025-10-15") LocalDate committeeOpinionDate,
        @Schema(example = "2025-10-20") LocalDate bipPublishedOn,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static ProcedureStepResponse from(ProcedureStep s) {
        return new ProcedureStepResponse(s.id, s.programme.id, s.programme.municipality.teryt, s.kind, s.kind.article, s.date,
                s.title, s.documentNumber, s.journalReference, s.bipUrl, s.source, s.committeeOpinionDate, s.bipPublishedOn,
                s.version, s.createdAt, s.updatedAt);
    }
}
