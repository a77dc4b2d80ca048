package pl.odnowa.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A strategic goal of a programme. */
@Schema(name = "Goal")
public record Goal(
        @NotBlank @Size(max = 20) @Schema(example = "CS1") String code,
        @NotBlank @Size(max = 500) @Schema(example = "Odnowa przestrzeni publicznych Starego Miasta") String title) {
}
