package pl.odnowa.sdg;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/municipalities/{teryt}/sdg11")
@Tag(name = "SDG 11 roll-up")
@Produces(MediaType.APPLICATION_JSON)
public class Sdg11MunicipalityResource {

    private final Sdg11Service service;

    Sdg11MunicipalityResource(Sdg11Service service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "SDG 11 roll-up of a municipality", description = Sdg11Resource.CONTENTS + "Spans every programme of the "
            + "municipality (its whole lineage, e.g. PROM 2007–2013 → PROM 2014–2021 → GPR 2030), listed in `programmes`; "
            + "a municipality without programmes gets the 10 targets with zeros. 404 when the municipality does not exist.")
    public Sdg11Rollup municipalitySdg11(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt) {
        return service.municipality(teryt);
    }
}
