package pl.odnowa.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.audit.AuditEntry;
import pl.odnowa.audit.AuditService;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.Etags;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Monitoring indicators of programmes, areas and projects: baseline, target, "
        + "direction and their SDG 11 target and global indicator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    /** The progress method, shown in the descriptions of the list and get operations. */
    static final String PROGRESS_METHOD = "\n\n**Progress** (`progress`) follows the Open SDG / Statistics Canada method "
            + "(open-sdg docs/progress-methodology.md), computed from the baseline, target, direction and the whole-scope "
            + "observations (no subarea). The base is the baseline, or the earliest observation when there is none; "
            + "`latest` is the most recent observation after the base year. The compound annual growth rate is "
            + "CAGR = (latest / base)^(1 / (latest year − base year)) − 1.\n"
            + "- `TARGET_ACHIEVED` (method `TARGET_COMPARISON`): the latest value already meets the target "
            + "(≥ target when higher is better, ≤ when lower is better).\n"
            + "- With a dated target (method `CAGR_VS_REQUIRED`): required CAGR = (target / base)^(1 / (target year − base year)) − 1 "
            + "and ratio R = actual / required: R ≥ 0.95 `ON_TRACK`, 0.6 ≤ R < 0.95 `ACCELERATION_NEEDED`, "
            + "0 ≤ R < 0.6 `LIMITED_PROGRESS`, R < 0 `DETERIORATION`.\n"
            + "- Without a dated target (method `CAGR_THRESHOLDS`): the improvement a year (the CAGR, negated when lower is "
            + "better) ≥ 1.5% `ON_TRACK`, 0.5–1.5% `ACCELERATION_NEEDED`, 0–0.5% `LIMITED_PROGRESS`, < 0 `DETERIORATION`.\n"
            + "- `INSUFFICIENT_DATA`: no observation, a single one without a baseline, or none after the base year. "
            + "`NOT_APPLICABLE`: a base, latest or target value that is not positive (the CAGR needs positive values) "
            + "or a target year not after the base year.\n\n"
            + "Worked example (higher is better): baseline 100 in 2015, target 200 by 2025, latest observation 150 in 2020. "
            + "Actual CAGR = (150 / 100)^(1/5) − 1 = 0.0845 (8.45% a year); required CAGR = (200 / 100)^(1/10) − 1 = 0.0718; "
            + "R = 0.0845 / 0.0718 = 1.1769 ≥ 0.95, so `ON_TRACK` with `ratio` \"1.1769\", `actualCagr` \"0.0845\", "
            + "`requiredCagr` \"0.0718\". Had the latest value been 120 in 2020, the actual CAGR would be 0.0371 and "
            + "R = 0.5174: `LIMITED_PROGRESS`. Without the target, 150 in 2020 (8.45% a year ≥ 1.5%) is `ON_TRACK` by the "
            + "thresholds; for a lower-is-better indicator the same rise is `DETERIORATION`. Decimals are strings with "
            + "4 decimals (ratio and CAGRs are fractions: 0.0845 = 8.45%); `explanationPl` and `explanationEn` say the same in words.";

    private final IndicatorService service;
    private final AuditService audit;

    IndicatorResource(IndicatorService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List indicators", description = "Filters combine with AND. Sort keys: code, namePl, level, "
            + "createdAt, updatedAt (default code). Each item carries `latest`, its latest whole-scope observation, and "
            + "`progress`. The `progress` filter (a status) needs `programme` or `municipality` too (else 400): the status is "
            + "computed, so every indicator matching the other filters is assessed, and the matching ones are counted "
            + "(`totalItems`) and paged in the requested order." + PROGRESS_METHOD)
    public PageResponse<IndicatorResponse> listIndicators(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "2") @QueryParam("programme") String programme,
            @Parameter(description = "PROGRAMME, AREA or PROJECT", example = "PROGRAMME") @QueryParam("scope") String scope,
            @Parameter(description = "Area id (indicators scoped to that area)", example = "3") @QueryParam("area") String area,
            @Parameter(description = "Project id (indicators scoped to that project)", example = "7") @QueryParam("project") String project,
            @Parameter(description = "CONTEXT, OUTPUT or RESULT", example = "RESULT") @QueryParam("level") String level,
            @Parameter(description = "SDG 11 target code", example = "11.6") @QueryParam("sdgTarget") String sdgTarget,
            @Parameter(description = "SDG 11 global indicator code", example = "11.6.2") @QueryParam("sdgIndicator") String sdgIndicator,
            @Parameter(description = "Case-insensitive fragment of the code, Polish or English name", example = "pm2,5") @QueryParam("q") String q,
            @Parameter(description = "Progress status: TARGET_ACHIEVED, ON_TRACK, ACCELERATION_NEEDED, LIMITED_PROGRESS, "
                    + "DETERIORATION, INSUFFICIENT_DATA or NOT_APPLICABLE; needs programme or municipality", example = "ON_TRACK") @QueryParam("progress") String progress,
            @BeanParam SyncListParams params) {
        return service.list(new IndicatorService.Filter(municipality, programme, scope, area, project, level, sdgTarget,
                sdgIndicator, q, progress), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an indicator", description = "Answers If-None-Match with 304 when the ETag is current; 404 "
            + "for one of a draft programme or project the caller may not see (those are not listed either). "
            + "The ETag also moves when an observation write changes `latest` or `progress`." + PROGRESS_METHOD)
    public RestResponse<IndicatorResponse> getIndicator(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client", example = "\"3\"") @HeaderParam("If-None-Match") String ifNoneMatch) {
        IndicatorResponse i = service.get(id);
        return Etags.conditional(ifNoneMatch, i.version(), i);
    }

    @POST
    @Operation(summary = "Create an indicator", description = "400 naming the field for a missing or foreign area/project, "
            + "an id that does not fit the scope, unknown SDG codes or an SDG indicator of another target; "
            + "409 when the programme already has an indicator with this code.")
    public RestResponse<IndicatorResponse> createIndicator(@Valid @NotNull IndicatorRequest request, UriInfo uri) {
        IndicatorResponse i = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(Long.toString(i.id())).build(), i.version(), i);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an indicator", description = "Requires If-Match with the current ETag. "
            + "The programme cannot change.")
    public RestResponse<IndicatorResponse> replaceIndicator(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull IndicatorRequest request) {
        IndicatorResponse i = service.replace(id, ifMatch, request);
        return Etags.updated(i.version(), i);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of an indicator", description = "JSON Merge Patch (RFC 7396); requires If-Match. "
            + "Changing the scope needs the old id removed, e.g. {\"scope\":\"PROGRAMME\",\"areaId\":null}. "
            + "A patch that sets sdgIndicator without sdgTarget takes the target from the SDG indicator.")
    public RestResponse<IndicatorResponse> patchIndicator(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        IndicatorResponse i = service.patch(id, ifMatch, patch);
        return Etags.updated(i.version(), i);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an indicator", description = "Deletes its observations too; refused with 409 while "
            + "recommendations link to it.")
    public void deleteIndicator(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "indicatorHistory", summary = "History of a indicator", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Indicator id", example = "12") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("indicator", id, service.get(id).municipality(), params.pageRequest());
    }
}
