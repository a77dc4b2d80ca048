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

import pl.odnowa.common.Etags;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;

@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "Monitoring indicators of programmes, areas and projects: baseline, target, "
        + "direction and their SDG 11 target and global indicator")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;

    IndicatorResource(IndicatorService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List indicators", description = "Filters combine with AND. Sort keys: code, namePl, level, "
            + "createdAt, updatedAt (default code). Each item carries `latest`, its latest whole-scope observation.")
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
            @BeanParam ListParams params) {
        return service.list(new IndicatorService.Filter(municipality, programme, scope, area, project, level, sdgTarget,
                sdgIndicator, q), params.sort, params.pageRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an indicator", description = "Answers If-None-Match with 304 when the ETag is current. "
            + "The ETag also moves when an observation write changes `latest`.")
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
}
