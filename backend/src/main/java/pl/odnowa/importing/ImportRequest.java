package pl.odnowa.importing;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.odnowa.area.AreaKind;
import pl.odnowa.project.ProjectRequest;

/**
 * The JSON form of an import, as documented. The service reads the body as a tree, row by row, so that every bad
 * row is reported and not only the first one.
 */
@Schema(name = "ImportRequest", description = "Projects and indicator observations of one programme, upserted together: "
        + "all rows are written or none")
public record ImportRequest(
        @Schema(description = "Projects, each found by externalId (required) in the programme of the path; programmeId "
                + "may be left out. A row sets the fields it names; fields it leaves out keep their stored values "
                + "(a new project: as in a POST); null clears an optional field.") List<ProjectRequest> projects,
        @Schema(description = "Observations, each found by indicatorCode, subareaCode (none: the indicator's whole scope) "
                + "and year") List<ObservationRow> observations) {

    /** One observation of an indicator of the programme, named by codes instead of ids. */
    @Schema(name = "ImportObservation", description = "One value of an indicator of the programme for a year: the whole "
            + "observation (value, source and note replace the stored ones)")
    public record ObservationRow(
            @Schema(required = true, example = "W1", description = "Code of an indicator of the programme") String indicatorCode,
            @Schema(example = "S1", description = "Code of a subarea of the programme's areas; absent for the whole scope") String subareaCode,
            @Schema(example = "REVITALISATION", description = "Area of the subarea, needed only when both areas of the "
                    + "programme have a subarea with this code") AreaKind areaKind,
            @Schema(required = true, example = "2023", description = "Calendar year, 1900 to 2200") Integer year,
            @Schema(required = true, type = SchemaType.STRING, example = "24.1",
                    description = "Decimal, at most 16 digits before and 4 after the point; a string or a number") BigDecimal value,
            @Schema(example = "GUS BDL", description = "At most 500 characters") String source,
            @Schema(example = "Dane wstępne", description = "At most 2000 characters") String note) {
    }
}
