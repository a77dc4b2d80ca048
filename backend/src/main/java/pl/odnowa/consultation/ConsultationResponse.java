package pl.odnowa.consultation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Consultation")
public record ConsultationResponse(
        @Schema(example = "5") long id,
        @Schema(example = "3") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "Projekt uchwały w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji") String subject,
        @Schema(example = "2022-06-14") LocalDate startDate,
        @Schema(example = "2022-07-20") LocalDate endDate,
        @Schema(example = "37", description = "Days from startDate to endDate, both counted; null when either is not recorded")
        Long days,
        @Schema(example = "2022-06-07") LocalDate announcementDate,
        @Schema(example = "[\"ELECTRONIC_COMMENTS\", \"WRITTEN_COMMENTS\", \"MEETING\", \"WALK_STUDY\"]",
                description = "Empty: the forms are not known") List<ConsultationForm> forms,
        @Schema(example = "2022-08-10") LocalDate summaryPublishedOn,
        @Schema(example = "https://bip.um.bielsko.pl/") String summaryUrl,
        @Schema(example = "bielsko-biala.pl, rewitalizacja miasta") String source,
        List<CommentRequest> comments,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static ConsultationResponse from(Consultation c) {
        Long days = c.startDate == null || c.endDate == null ? null
                : java.time.temporal.ChronoUnit.DAYS.between(c.startDate, c.endDate) + 1;
        return new ConsultationResponse(c.id, c.programme.id, c.programme.municipality.teryt, c.subject, c.startDate,
                c.endDate, days, c.announcementDate, c.forms.stream().sorted().toList(), c.summaryPublishedOn, c.summaryUrl,
                c.source, c.comments.stream().map(CommentRequest::from).toList(), c.version, c.createdAt, c.updatedAt);
    }
}
