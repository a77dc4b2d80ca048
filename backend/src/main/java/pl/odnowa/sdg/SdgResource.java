package pl.odnowa.sdg;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import pl.odnowa.common.ContentEtags;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/sdg")
@Tag(name = "SDG 11", description = "Read-only reference data: the SDG 11 targets and their global indicators, in English and Polish. "
        + "Responses may be cached for a day; items carry an ETag computed from their content.")
@Produces(MediaType.APPLICATION_JSON)
public class SdgResource {

    private final SdgService service;
    private final ContentEtags etags;

    SdgResource(SdgService service, ContentEtags etags) {
        this.service = service;
        this.etags = etags;
    }

    @GET
    @Path("targets")
    @Operation(summary = "List SDG 11 targets", description = "Each target carries its global indicators. Sort keys: position, code "
            + "(default position, the order of the UN framework: 11.1 … 11.7, 11.a, 11.b, 11.c).")
    public RestResponse<PageResponse<SdgTargetResponse>> targets(@BeanParam ListParams params) {
        return etags.cacheable(service.targets(params.sort, params.pageRequest()));
    }

    @GET
    @Path("targets/{code}")
    @Operation(summary = "Get an SDG 11 target with its indicators", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<SdgTargetResponse> target(
            @Parameter(description = "Target code", example = "11.4") @PathParam("code") String code,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        return etags.conditional(ifNoneMatch, service.target(code));
    }

    @GET
    @Path("indicators")
    @Operation(summary = "List SDG 11 global indicators", description = "Filter by target. Sort keys: position, code (default position).")
    public RestResponse<PageResponse<SdgIndicatorResponse>> indicators(
            @Parameter(description = "Only the indicators of this target (unknown code: 400)", example = "11.6") @QueryParam("target") String target,
            @BeanParam ListParams params) {
        return etags.cacheable(service.indicators(target, params.sort, params.pageRequest()));
    }

    @GET
    @Path("framework")
    @Operation(summary = "Get the version of the UN framework followed", description = "The global indicator framework version "
            + "and date the SDG 11 targets and indicators follow, in English and Polish. Answers If-None-Match with 304.")
    public RestResponse<SdgFrameworkResponse> framework(
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        return etags.conditional(ifNoneMatch, service.framework());
    }

    @GET
    @Path("indicators/{code}")
    @Operation(summary = "Get an SDG 11 global indicator", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<SdgIndicatorResponse> indicator(
            @Parameter(description = "Indicator code", example = "11.6.2") @PathParam("code") String code,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        return etags.conditional(ifNoneMatch, service.indicator(code));
    }
}
