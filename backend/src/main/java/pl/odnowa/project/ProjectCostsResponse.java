package pl.odnowa.project;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a programme's projects cost, in total and per status. Sums are exact decimals as strings, per currency. */
@Schema(name = "ProjectCosts")
public record ProjectCostsResponse(
        @Schema(example = "2") long programmeId,
        @Schema(example = "12", description = "Number of the programme's projects") long projects,
        @Schema(example = "11", description = "Number of those whose totalCost is known (the others are not in the sums)")
        long projectsWithCost,
        @Schema(example = "{\"PLN\": \"48211430.07\"}", description = "Sum of the known totalCost per currency, as strings")
        Map<String, String> totalCost,
        @Schema(description = "One entry per project status, in lifecycle order, including statuses without projects")
        List<StatusCosts> byStatus) {

    /** The projects of one status and what they cost. */
    @Schema(name = "ProjectStatusCosts")
    public record StatusCosts(
            @Schema(example = "COMPLETION") ProjectStatus status,
            @Schema(example = "4") long projects,
            @Schema(example = "4") long projectsWithCost,
            @Schema(example = "{\"PLN\": \"11347418.62\"}", description = "Sum of the known totalCost per currency, as strings")
            Map<String, String> totalCost) {
    }
}
