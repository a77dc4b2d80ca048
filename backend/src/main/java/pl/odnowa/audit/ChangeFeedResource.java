package pl.odnowa.audit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import pl.odnowa.common.QueryParams;

@Path("/api/v1/changes")
@Tag(name = "Changes", description = "A feed of created, updated and deleted objects for systems that keep a copy")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    private final AuditService service;

    ChangeFeedResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow the changes", description = "Start without since; then send the "
            + "next cursor of each answer. Changes come in commit order, each once: a change appears only when every "
            + "transaction that began before it has ended, so none can arrive later behind your cursor. Deletions are "
            + "tombstones (action DELETE). Anonymous readers and other cities see a programme or project that is (or became) "
            + "a draft as deleted, and so every record of a draft programme (its areas, projects, indicators, observations, "
            + "recommendations, ...) and of a draft project (its monitoring records, indicators and their observations), as "
            + "they were when the change was made. Users and API keys are not in the "
            + "feed (see the audit log).")
    public ChangePage changes(
            @Parameter(description = "Cursor from the previous answer's next; none to start from the beginning", example = "c2341-812")
            @QueryParam("since") String since,
            @Parameter(description = "Most changes in one answer, 1 to 1000 (default 100)", example = "100") @QueryParam("limit") String limit) {
        return service.changes(since, QueryParams.intParam("limit", limit, 100, 1, 1000));
    }
}
