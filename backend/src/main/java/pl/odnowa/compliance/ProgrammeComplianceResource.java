package pl.odnowa.compliance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/programmes/{id}/compliance")
@Tag(name = "Compliance")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeComplianceResource {

    private final ComplianceService service;

    ProgrammeComplianceResource(ComplianceService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Check a programme against the Revitalisation Act", description = "Builds the checks from the programme's "
            + "areas (revitalisation subareas for art. 10; degraded ones for art. 9; with only one area it is used for both and the "
            + "explanations say so), its municipality, latest evaluation, projects and indicators. For a GPR also "
            + "ART_22_EVALUATION_DUE (next assessment at most 3 years after the later of the last evaluation and the adoption), "
            + "ART_25_SSR_DURATION (UNKNOWN: the data model does not record special zones) and ART_15_GPR_CONTENTS (what the data "
            + "model cannot tell stays UNKNOWN); for other programmes these three are UNKNOWN with figures.applicable = false."
            + ComplianceResource.CHECKS)
    public ComplianceReport programme(@Parameter(description = "Programme id", example = "3") @PathParam("id") long id) {
        return service.programme(id);
    }
}
