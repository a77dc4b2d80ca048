package pl.odnowa.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The five spheres of crisis phenomena of art. 9 ust. 1 of the Revitalisation Act in a subarea, each tri-state: true
 * (found), false (examined and not found) or null (not recorded).
 */
@Schema(name = "CrisisSpheres", description = "Crisis phenomena of the subarea (art. 9 ust. 1 of the Revitalisation Act), each "
        + "true (found), false (examined and not found) or null / missing (not recorded: the checks answer UNKNOWN); "
        + "a degraded area needs social phenomena and at least one of the other four")
public record CrisisSpheres(
        @Schema(example = "true", description = "unemployment, poverty, crime, low education or social capital, low participation") Boolean social,
        @Schema(example = "true", description = "low entrepreneurship, weak local businesses") Boolean economic,
        @Schema(example = "false", description = "exceeded environmental standards, waste harmful to health or the environment") Boolean environmental,
        @Schema(example = "true", description = "poor technical or social infrastructure, lack of public spaces") Boolean spatialFunctional,
        @Schema(example = "true", description = "degraded buildings, including housing; no energy-saving or environmental technologies") Boolean technical) {

    static final CrisisSpheres NOT_RECORDED = new CrisisSpheres(null, null, null, null, null);

    static CrisisSpheres of(Subarea s) {
        return new CrisisSpheres(s.social, s.economic, s.environmental, s.spatialFunctional, s.technical);
    }
}
