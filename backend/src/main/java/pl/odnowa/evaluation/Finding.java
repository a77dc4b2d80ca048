package pl.odnowa.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One finding of an evaluation, optionally tied to an SDG 11 target. */
@Schema(name = "Finding", description = "A finding of an evaluation")
public record Finding(
        @NotBlank @Size(max = 300) @Schema(example = "Odnowione kamienice stoją częściowo puste") String title,
        @NotBlank @Size(max = 20000) @Schema(example = "Podsumowanie demonstracyjne, nie treść oficjalnego dokumentu: "
                + "wskaźniki produktu osiągnięto, brakuje wskaźników rezultatu.") String text,
        @Size(max = 8) @Schema(example = "11.3", description = "SDG 11 target code (optional)") String sdgTarget) {
}
