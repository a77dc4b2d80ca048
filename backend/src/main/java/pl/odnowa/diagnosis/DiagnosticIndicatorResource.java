package pl.odnowa.diagnosis;

import java.io.InputStream;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import pl.odnowa.audit.AuditEntry;
import pl.odnowa.audit.AuditService;
import pl.odnowa.common.Etags;
import pl.odnowa.common.ListParams;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.importing.ImportResponse;
import pl.odnowa.importing.ImportService;

@Path("/api/v1/diagnostic-indicators")
@Tag(name = "Diagnosis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DiagnosticIndicatorResource {

    private final DiagnosticIndicatorService service;
    private final ImportService imports;
    private final AuditService audit;

    DiagnosticIndicatorResource(DiagnosticIndicatorService service, ImportService imports, AuditService audit) {
        this.service = service;
        this.imports = imports;
        this.audit = audit;
    }

    @GET
    @Operation(summary = "List the diagnostic indicators of a municipality", description = "Public; with their values per unit and "
            + "the reference value the delimitation uses.")
    public List<DiagnosticIndicatorResponse> list(
            @Parameter(description = "TERYT code of the municipality", required = true, example = "2461011") @QueryParam("municipality") String municipality,
            @Parameter(description = "Only this year", example = "2023") @QueryParam("year") String year) {
        Long y = QueryParams.longParam("year", year);
        return service.list(municipality, y == null ? null : y.intValue()).stream().map(service::response).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a diagnostic indicator", description = "Answers If-None-Match with 304 when the ETag is current.")
    public RestResponse<DiagnosticIndicatorResponse> get(
            @Parameter(description = "Diagnostic indicator id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag held by the client") @HeaderParam("If-None-Match") String ifNoneMatch) {
        DiagnosticIndicator d = service.get(id);
        return Etags.conditional(ifNoneMatch, d.version, service.response(d));
    }

    @POST
    @Operation(summary = "Create a diagnostic indicator", description = "Editors of the municipality. Values are keyed by unit code "
            + "(an unknown code is a 400 naming values.<code>); a rate's values must lie in 0–100.")
    public RestResponse<DiagnosticIndicatorResponse> create(@Valid @NotNull DiagnosticIndicatorRequest request, @Context UriInfo uri) {
        DiagnosticIndicator d = service.create(request);
        return Etags.created(uri.getAbsolutePathBuilder().path(d.id.toString()).build(), d.version, service.response(d));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a diagnostic indicator", description = "Requires If-Match; the values are replaced as a whole.")
    public RestResponse<DiagnosticIndicatorResponse> replace(
            @Parameter(description = "Diagnostic indicator id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version edited", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull DiagnosticIndicatorRequest request) {
        DiagnosticIndicator d = service.replace(id, ifMatch, request);
        return Etags.updated(d.version, service.response(d));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a diagnostic indicator", description = "Requires If-Match; its values go with it.")
    public void delete(
            @Parameter(description = "Diagnostic indicator id", example = "7") @PathParam("id") long id,
            @Parameter(description = "ETag of the version deleted", required = true, example = "\"1\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @POST
    @Path("values")
    @Consumes(SpatialUnitResource.CSV)
    @Operation(operationId = "importDiagnosticValues", summary = "Import indicator values per unit", description = "CSV (UTF-8, RFC 4180) "
            + "with columns unitCode, indicatorCode, year, value (empty: remove the value). Every row is checked first: an unknown unit "
            + "or indicator, a rate above 100 % or a repeated row makes a 400 problem listing every one (rows[1] is the line under the "
            + "header), and nothing is written.")
    @RequestBody(required = true, content = @Content(mediaType = SpatialUnitResource.CSV, schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "values", value = "unitCode,indicatorCode,year,value\r\nOS-01,S1,2023,8.5\r\nOS-02,S1,2023,3.1\r\n")))
    public ImportResponse.Counts importValues(
            @Parameter(description = "TERYT code of the municipality", required = true, example = "2461011") @QueryParam("municipality") String municipality,
            InputStream body) {
        return service.importValues(municipality, imports.read(body));
    }

    @GET
    @Path("{id}/history")
    @Operation(operationId = "diagnosticIndicatorHistory", summary = "History of a diagnostic indicator", description = AuditService.HISTORY)
    public PageResponse<AuditEntry> history(
            @Parameter(description = "Diagnostic indicator id", example = "7") @PathParam("id") long id,
            @jakarta.ws.rs.BeanParam ListParams params) {
        return audit.history("diagnostic_indicator", id, service.get(id).municipality, params.pageRequest());
    }
}
