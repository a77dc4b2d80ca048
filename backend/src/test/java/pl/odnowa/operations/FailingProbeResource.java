package pl.odnowa.operations;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint that fails unexpectedly, so a test can see the problem mapper's error log carry the request id.
 * Hidden from the OpenAPI document (the contract is only what the product serves).
 */
@Path("/api/test/operations/failure")
public class FailingProbeResource {

    static final String MESSAGE = "deliberate failure of the request-id probe";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public String fail() {
        throw new IllegalStateException(MESSAGE);
    }
}
