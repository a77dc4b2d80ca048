package pl.odnowa.audit;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.odnowa.common.ListParams;
import pl.odnowa.common.PageResponse;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Every write, recorded in the same transaction as the write by the database itself: "
        + "who, when, what, and the stored row before and after. Secrets (password and key hashes) are never recorded.")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditService service;

    AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "searchAudit", summary = "Search the audit log", description = "Newest first. A municipality's "
            + "admins see its records; the superadmin sees all (or one municipality's). Filters combine with AND.")
    public PageResponse<AuditEntry> search(
            @Parameter(description = "Entity: municipality, programme, area, project, indicator, observation, "
                    + "recommendation, evaluation, user or api_key", example = "project") @QueryParam("entity") String entity,
            @Parameter(description = "Id of the object (TERYT code for a municipality)", example = "7") @QueryParam("entityId") String entityId,
            @Parameter(description = "Who wrote: a username, key:<prefix> or system", example = "anna.nowak") @QueryParam("actor") String actor,
            @Parameter(description = "TERYT code (superadmin only; admins always see their own)", example = "2461011")
            @QueryParam("municipality") String municipality,
            @Parameter(description = "From this instant (inclusive, RFC 3339)", example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "Before this instant (RFC 3339)", example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @BeanParam ListParams params) {
        return service.search(new AuditService.Filter(entity, entityId, actor, municipality, from, to), params.pageRequest());
    }
}
