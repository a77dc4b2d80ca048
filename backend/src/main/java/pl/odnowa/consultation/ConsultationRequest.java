package pl.odnowa.consultation;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsultationRequest", description = "A consultation as created (POST) or replaced (PUT); what is not known "
        + "stays null (not recorded); no forms: the forms are not known")
public record ConsultationRequest(
        @NotNull @Schema(example = "3", description = "Id of the programme; cannot change later") Long programmeId,
        @Size(max = 500) @Schema(example = "Projekt uchwały w sprawie wyznaczenia obszaru zdegradowanego i obszaru rewitalizacji",
                description = "What was consulted") String subject,
        @Schema(example = "2022-06-14", description = "First day of the consultation") LocalDate startDate,
        @Schema(example = "2022-07-20", description = "Last day comments were taken; not before startDate") LocalDate endDate,
        @Schema(example = "2022-06-07", description = "Day the consultation was announced (art. 6 ust. 2)") LocalDate announcementDate,
        @Size(max = 12) @Schema(example = "[\"ELECTRONIC_COMMENTS\", \"WRITTEN_COMMENTS\", \"MEETING\", \"WALK_STUDY\"]",
                description = "Forms of art. 6 ust. 3, each once: WRITTEN_COMMENTS, ELECTRONIC_COMMENTS (pkt 1); MEETING, "
                        + "ONLINE_MEETING (a meeting held remotely, ust. 3a: the same form as MEETING), DEBATE, WORKSHOP, WALK_STUDY, "
                        + "SURVEY, INTERVIEWS, REPRESENTATIVE_GROUP, ORAL_COMMENTS (pkt 2); OTHER. Empty: not known")
        List<@NotNull ConsultationForm> forms,
        @Schema(example = "2022-08-10", description = "Day the information summarising the consultation was published; "
                + "not before startDate") LocalDate summaryPublishedOn,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https address")
        @Schema(example = "https://bip.um.bielsko.pl/", description = "Address of the published summary") String summaryUrl,
        @Size(max = 1000) @Schema(example = "bielsko-biala.pl, rewitalizacja miasta", description = "Where the record comes from")
        String source,
        @Size(max = ConsultationService.MAX_COMMENTS) @Schema(description = "Comments received with the city's responses, in order")
        List<@NotNull @Valid CommentRequest> comments) {

    static ConsultationRequest from(Consultation c) {
        return new ConsultationRequest(c.programme.id, c.subject, c.startDate, c.endDate, c.announcementDate,
                List.copyOf(c.forms), c.summaryPublishedOn, c.summaryUrl, c.source,
                c.comments.stream().map(CommentRequest::from).toList());
    }
}
