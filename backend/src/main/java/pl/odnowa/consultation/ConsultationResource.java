package pl.odnowa.consultation;

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
import pl.odnowa.common.Etags;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.SyncListParams;

@Path("/api/v1/consultations")
@Tag(name = "Consultations", description = "Social consultations of a programme (Revitalisation Act art. 6): dates, forms, "
        + "announcement, the published summary and the comments received with the city's responses; the compliance checks "
        + "read them (art. 6 ust. 4 and 5)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    private static final String RULES = " endDate and summaryPublishedOn are not before startDate; forms are listed once each; "
            + "summaryUrl is an http(s) address; comments replace the recorded ones in order; the programme cannot change. What is "
            + "not known stays null (not recorded); no forms means the forms are not known.";

    private final ConsultationService service;
    private final AuditService audit;

    ConsultationResource(ConsultationService service, AuditService audit) {
        this.service = service;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List consultations", description = "Filters combine with AND. Sort keys: startDate, endDate, "
            + "createdAt, updatedAt; default startDate.")
    public PageResponse<ConsultationResponse> list(
            @Parameter(description = "TERYT code of the programme's municipality", example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Programme id", example = "3") @QueryParam("programme") String programme,
            @BeanParam SyncListParams params) {
        return service.list(new ConsultationService.Filter(municipality, programme), params);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a consultation", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<ConsultationResponse> get(
            @Parameter(description = "Consultation id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        Consultation s = service.get(id);
        return Etags.conditional(ifNoneMatch, s.version, ConsultationResponse.from(s));
    }

    @POST
    @Operation(summary = "Record a consultation", description = "For the municipality's editors." + RULES)
    public RestResponse<ConsultationResponse> create(@Valid @NotNull ConsultationRequest request, UriInfo uri) {
        Consultation s = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build(), s.version, ConsultationResponse.from(s));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a consultation", description = "Requires If-Match with the current ETag." + RULES)
    public RestResponse<ConsultationResponse> replace(
            @Parameter(description = "Consultation id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ConsultationRequest request) {
        Consultation s = service.replace(id, ifMatch, request);
        return Etags.updated(s.version, ConsultationResponse.from(s));
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Update some fields of a consultation", description = "JSON Merge Patch (RFC 7396); requires If-Match." + RULES)
    public RestResponse<ConsultationResponse> patch(
            @Parameter(description = "Consultation id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull JsonNode patch) {
        Consultation s = service.patch(id, ifMatch, patch);
        return Etags.updated(s.version, ConsultationResponse.from(s));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a consultation", description = "Requires If-Match.")
    public void delete(
            @Parameter(description = "Consultation id", example = "5") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "consultationHistory", summary = "History of a consultation", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Consultation id", example = "5") @PathParam("id") long id,
            @BeanParam ListParams params) {
        return audit.history("consultation", id, service.get(id).municipalityTeryt(), params.pageRequest());
    }
}
