package pl.odnowa.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes in commit order after the cursor given")
public record ChangePage(
        List<Change> items,
        @Schema(description = "Cursor to send next time (the last item's, or the one given when nothing is new)", example = "c2341-812")
        String next,
        @Schema(description = "Whether more changes wait after next; ask again at once when true", example = "false") boolean more) {
}
