package pl.odnowa.diagnosis;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import pl.odnowa.area.AreaResponse;
import pl.odnowa.area.GeoJson;
import pl.odnowa.export.Csv;
import pl.odnowa.report.ReportRenderer;
import pl.odnowa.report.ReportService;
import pl.odnowa.security.AnonymousWrite;

@Path("/api/v1/municipalities/{teryt}/delimitations")
@Tag(name = "Diagnosis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelimitationResource {

    private final DelimitationService service;
    private final ReportRenderer renderer;

    DelimitationResource(DelimitationService service, ReportRenderer renderer) {
        this.service = service;
        this.renderer = renderer;
    }

    @POST
    @AnonymousWrite
    @Extension(name = "x-anonymous", value = "true")
    @Operation(operationId = "computeDelimitation", summary = "Compute a delimitation", description = "Computes (writes nothing) each "
            + "unit's values against the references, the spheres in crisis, art. 9 ust. 1 and the synthetic index, the proposed "
            + "degraded area and, for a selection, its shares of the area and residents against the art. 10 ust. 2 limits "
            + "(ODNOWA_COMPLIANCE_MAX_AREA_SHARE_PCT, ..._MAX_RESIDENTS_SHARE_PCT). A selected unit outside the degraded area is a 400.")
    public DelimitationResponse compute(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
            @Valid @NotNull DelimitationRequest request) {
        return service.compute(teryt, request);
    }

    @POST
    @Path("geojson")
    @AnonymousWrite
    @Extension(name = "x-anonymous", value = "true")
    @Produces(GeoJson.MEDIA_TYPE)
    @Operation(operationId = "exportDelimitationGeoJson", summary = "Export a delimitation as GeoJSON", description = "As computeDelimitation "
            + "(writes nothing), as a FeatureCollection: one Feature per unit with its boundary and properties code, name, areaHa, "
            + "residents, the five spheres (null: not examined or not decidable), meetsArt9, index, degraded, revitalisation and values.")
    public String geoJson(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
            @Valid @NotNull DelimitationRequest request) {
        DelimitationService.Computed c = service.computed(teryt, request);
        return DelimitationExport.geoJson(c.response(), c.units()).toString();
    }

    @POST
    @Path("csv")
    @AnonymousWrite
    @Extension(name = "x-anonymous", value = "true")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(operationId = "exportDelimitationCsv", summary = "Export a delimitation as CSV", description = "As computeDelimitation "
            + "(writes nothing), one line per unit: code, name, areaHa, residents, the five spheres, meetsArt9, index, degraded, "
            + "revitalisation, then per indicator its value, reference and whether it is worse (empty: not known).")
    public String csv(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
            @Valid @NotNull DelimitationRequest request) {
        return DelimitationExport.csv(service.computed(teryt, request).response());
    }

    @Schema(name = "SavedDelimitation", description = "The areas created and the delimitation they came from")
    @POST
    @Path("pdf")
    @AnonymousWrite
    @Extension(name = "x-anonymous", value = "true")
    @Produces("application/pdf")
    @Operation(operationId = "exportDelimitationPdf", summary = "Export a delimitation's map annex as PDF", description = "As "
            + "computeDelimitation (writes nothing), the map annex a designating resolution carries: the units on a map coloured as "
            + "revitalisation area (the selection), degraded area (art. 9 ust. 1 met) and other units, the shares against art. 10 "
            + "ust. 2, the table of units with their index and verdict, the method and the indicators' sources (illustrative data "
            + "labelled so). Polish (`lang=pl`, the default) or English (`lang=en`).")
    @APIResponse(responseCode = "200", description = "The annex", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "pdf", summary = "A4 PDF with the map drawn as vectors", value = "%PDF-1.4 …")))
    public byte[] pdf(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
            @Parameter(description = "Language of the annex: pl (default) or en", example = "pl",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"pl", "en"})) @QueryParam("lang") String lang,
            @Valid @NotNull DelimitationRequest request) {
        boolean pl = ReportService.parseLang(lang);
        DelimitationService.Computed c = service.computed(teryt, request);
        return renderer.pdf(DelimitationAnnex.xhtml(c.response(), c.units(), pl));
    }

    public record SavedResponse(AreaResponse degraded, AreaResponse revitalisation, DelimitationResponse delimitation) {
    }

    @POST
    @Path("areas")
    @Operation(operationId = "saveDelimitation", summary = "Save a delimitation as the programme's areas", description = "Editors of the "
            + "municipality. Creates the DEGRADED area (the units meeting art. 9 ust. 1) and the REVITALISATION area (the selection) "
            + "with one subarea per unit: its geometry, hectares, residents, the crisis spheres (true or false as computed, null where "
            + "no indicator of the sphere was used) and the values as crisis evidence, and the designating resolution. A selection over "
            + "a limit of art. 10 ust. 2 is a 400 naming the limit (maxAreaSharePct, maxResidentsSharePct) and writes nothing; a "
            + "programme that already has an area of either kind is a 409.")
    public RestResponse<SavedResponse> save(
            @Parameter(description = "TERYT code of the municipality", example = "2461011") @PathParam("teryt") String teryt,
            @Valid @NotNull SaveDelimitationRequest request) {
        DelimitationService.Saved saved = service.save(teryt, request);
        return RestResponse.ResponseBuilder.<SavedResponse>create(201).entity(new SavedResponse(AreaResponse.from(saved.degraded()),
                AreaResponse.from(saved.revitalisation()), saved.delimitation())).build();
    }
}
