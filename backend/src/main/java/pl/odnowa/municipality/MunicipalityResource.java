package pl.odnowa.municipality;

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
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/municipalities")
@Tag(name = "Municipalities", description = "Municipalities (gminy) keyed by TERYT code; every programme belongs to one")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    private final MunicipalityService service;
    private final AuditService audit;

    MunicipalityResource(MunicipalityService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List municipalities", description = "Filter by a fragment of the name or the first digits of the "
            + "TERYT code (q), and by voivodeship; sort by teryt, name, residents or areaKm2. In q, case, Polish letters and "
            + "punctuation are optional: \"bielsko biala\" finds Bielsko-Biała, \"lodz\" finds Łódź, \"2461\" finds TERYT 2461011.")
    public PageResponse<MunicipalityResponse> list(
            @Parameter(description = "A fragment of the name (diacritics, case and punctuation optional) or the first digits "
                    + "of the TERYT code; at most 200 characters", example = "bielsko biala") @QueryParam("q") String q,
            @Parameter(description = "One of the 16 voivodeships, any case, Polish letters optional", example = "śląskie")
            @QueryParam("voivodeship") String voivodeship,
            @BeanParam SyncListParams params) {
        return service.list(q, voivodeship, params);
    }

    @GET
    @Path("{teryt}")
    @Operation(summary = "Get a municipality", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<MunicipalityResponse> get(
            @Parameter(description = "TERYT (TERC) code", example = "2461011") @PathParam("teryt") String teryt,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Municipality m = service.get(teryt);
        return Etags.conditional(ifNoneMatch, m.version, MunicipalityResponse.from(m));
    }

    @POST
    @Operation(summary = "Create a municipality")
    public RestResponse<MunicipalityResponse> create(@Valid @NotNull MunicipalityRequest request, UriInfo uri) {
        Municipality m = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(m.teryt).build(), m.version, MunicipalityResponse.from(m));
    }

    @PUT
    @Path("{teryt}")
    @Operation(summary = "Replace a municipality", description = "Requires If-Match with the current ETag.")
    public RestResponse<MunicipalityResponse> replace(
            @Parameter(description = "TERYT (TERC) code", example = "2461011") @PathParam("teryt") String teryt,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MunicipalityRequest request) {
        Municipality m = service.replace(teryt, ifMatch, request);
        return Etags.updated(m.version, MunicipalityResponse.from(m));
    }

    @PATCH
    @Path("{teryt}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a municipality", description = "JSON Merge Patch (RFC 7396); requires If-Match.")
    public RestResponse<MunicipalityResponse> patch(
            @Parameter(description = "TERYT (TERC) code", example = "2461011") @PathParam("teryt") String teryt,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        Municipality m = service.patch(teryt, ifMatch, patch);
        return Etags.updated(m.version, MunicipalityResponse.from(m));
    }

    @DELETE
    @Path("{teryt}")
    @Operation(summary = "Delete a municipality", description = "Refused with 409 while programmes belong to it.")
    public void delete(
            @Parameter(description = "TERYT (TERC) code", example = "2461011") @PathParam("teryt") String teryt,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(teryt, ifMatch);
    }

    @GET
    @Path("{teryt}/history")
    @Operation(operationId = "municipalityHistory", summary = "History of a municipality", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "TERYT code", example = "2461011") @PathParam("teryt") String teryt,
            @BeanParam ListParams params) {
        return audit.history("municipality", teryt, service.get(teryt).teryt, params.pageRequest());
    }
}
