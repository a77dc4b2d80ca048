package pl.odnowa.programme;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Art. 25: the special revitalisation zone (Specjalna Strefa Rewitalizacji) a GPR may establish. */
@Schema(name = "SpecialZone", description = "Special revitalisation zone (art. 25); established null means not recorded")
public record SpecialZone(
        @Schema(example = "true") Boolean established,
        @Schema(example = "2024-01-01") LocalDate start,
        @Schema(example = "2033-12-31") LocalDate end) {
}
