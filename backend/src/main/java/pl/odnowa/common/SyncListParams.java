package pl.odnowa.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The list parameters of the collections other systems keep in sync: paging, sorting and updatedSince. */
public class SyncListParams extends ListParams {

    @QueryParam("updatedSince")
    @Parameter(description = "Only objects changed after this instant (RFC 3339); with sort=updatedAt a client can sync "
            + "by polling. Deletions are in GET /api/v1/changes.", example = "2026-11-01T00:00:00Z")
    public String updatedSince;

    public java.time.OffsetDateTime updatedSince() {
        return QueryParams.instantParam("updatedSince", updatedSince);
    }
}
