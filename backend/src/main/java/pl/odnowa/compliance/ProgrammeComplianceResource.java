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
    @Operation(summary = "Check a programme against the rules that govern it", description = "`rules` says which body of "
            + "rules governs the programme and each check cites it (`basis`, `source`, `article`). A GPR is judged by the "
            + "Revitalisation Act: the area checks below, ART_15_GPR_CONTENTS (art. 15 ust. 1 pkt 1–14 and ust. 2, from the "
            + "recorded `contents` and the data; not recorded: UNKNOWN), ART_22_EVALUATION_DUE (at most 3 years after the later of "
            + "the adoption and the last periodic or final assessment; ex-ante evaluations do not count), ART_22_ASSESSMENT_RECORD "
            + "per assessment (committee opinion and BIP publication recorded), ART_25_SSR_DURATION (at most 10 years, the end "
            + "day included), ART_25_SSR_WITHIN_AREA and, when it continues a PR programme, ART_52_CONTINUATION. A programme under "
            + "the Act on municipal self-government (PR) running from 2014 on is judged by the 2014–2020 national guidelines: "
            + "GUIDELINES_DEGRADED_CRISIS, GUIDELINES_AREA_SHARE, GUIDELINES_RESIDENTS_SHARE, GUIDELINES_WITHIN_DEGRADED (the same "
            + "tests); every PR programme gets ART_52_PR_PROJECTS (projects planned or running after the art. 52 deadline, "
            + "odnowa.compliance.art52-deadline, 2023-12-31). The checks are worked out from what the caller may read: for a "
            + "reader who may not see drafts, draft projects and draft programmes (a continuing GPR, the predecessor) do "
            + "not exist, so their titles and ids never reach the answer." + ComplianceResource.CHECKS)
    public ComplianceReport programme(@Parameter(description = "Programme id", example = "3") @PathParam("id") long id) {
        return service.programme(id);
    }
}
