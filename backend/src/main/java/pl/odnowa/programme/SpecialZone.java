package pl.odnowa.programme;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.area.GeoJson;

/** Art. 25: the special revitalisation zone (Specjalna Strefa Rewitalizacji) a GPR may establish. */
@Schema(name = "SpecialZone", description = "Special revitalisation zone (art. 25); established null means not recorded")
public record SpecialZone(
        @Schema(example = "true") Boolean established,
        @Schema(example = "2024-01-01", description = "First day the zone applies") LocalDate start,
        @Schema(example = "2033-12-31", description = "Last day the zone applies (at most 10 years after the start, exclusive: "
                + "2024-01-01 → 2033-12-31)") LocalDate end,
        @Schema(implementation = GeoJson.Geometry.class, description = "Its boundary (RFC 7946 Polygon or MultiPolygon), "
                + "which must lie within the revitalisation area; null: not recorded") JsonNode geometry) {
}
