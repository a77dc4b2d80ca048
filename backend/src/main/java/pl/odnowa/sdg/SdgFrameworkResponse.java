package pl.odnowa.sdg;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The version of the UN framework the SDG 11 reference data follows. */
@Schema(name = "SdgFramework", description = "The version of the UN global indicator framework the targets and indicators follow")
public record SdgFrameworkResponse(
        @Schema(example = "Global indicator framework for the Sustainable Development Goals (A/RES/71/313), after the 2020 "
                + "comprehensive review and the refinements through 2024") String titleEn,
        @Schema(example = "Globalny zestaw wskaźników Celów Zrównoważonego Rozwoju (A/RES/71/313) po przeglądzie z 2020 r. i zmianach do 2024 r.")
        String titlePl,
        @Schema(example = "2024-03-01", description = "Date of the framework version") LocalDate versionDate,
        @Schema(example = "unstats.un.org/sdgs/indicators/indicators-list; targets: A/RES/70/1") String source) {
}
