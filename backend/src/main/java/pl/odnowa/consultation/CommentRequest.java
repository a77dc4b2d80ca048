package pl.odnowa.consultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConsultationComment", description = "A comment received and the city's response")
public record CommentRequest(
        @Size(max = 200) @Schema(example = "Stowarzyszenie Mieszkańców Starego Miasta", description = "Who sent it; null: not "
                + "recorded or anonymous") String author,
        @NotBlank @Size(max = 10000) @Schema(example = "Proszę włączyć ul. Wzgórze do podobszaru Śródmieście.") String content,
        @Size(max = 10000) @Schema(example = "Uwzględniono: granica podobszaru obejmuje ul. Wzgórze.", description = "The city's "
                + "response; null: not recorded yet") String response,
        @Schema(example = "ACCEPTED", description = "ACCEPTED, PARTLY_ACCEPTED or REJECTED; null: not decided or not recorded")
        CommentOutcome outcome) {

    static CommentRequest from(ConsultationComment c) {
        return new CommentRequest(c.author, c.content, c.response, c.outcome);
    }
}
