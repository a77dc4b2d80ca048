package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.area.GeoJson;

@Schema(name = "SpatialUnitRequest", description = "A spatial unit of the diagnosis as created (POST) or replaced (PUT)")
public record SpatialUnitRequest(
        @Size(max = 7) @Schema(example = "2461011", description = "TERYT code of the municipality; required on POST, cannot change")
        String municipality,
        @NotBlank @Size(max = 30) @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "may contain only letters, digits, '.', '_' and '-'")
        @Schema(example = "OS-01", description = "Code unique in the municipality; the imports find units by it") String code,
        @NotBlank @Size(max = 300) @Schema(example = "Osiedle Śródmieście") String name,
        @Schema(implementation = GeoJson.Geometry.class, description = "Boundary: GeoJSON Polygon or MultiPolygon in the crs given "
                + "(default WGS 84 [longitude, latitude]); stored in WGS 84; null: not known") JsonNode geometry,
        @Schema(example = "EPSG:2180", description = "EPSG:4326 (default) or EPSG:2180 (PUWG 1992 [x, y] metres, transformed to WGS 84)")
        String crs,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2)
        @Schema(example = "80.00", description = "Area in hectares; computed from the geometry when missing") BigDecimal areaHa,
        @Min(0) @Schema(example = "4200", description = "Residents; null: not known") Integer residents,
        @Schema(example = "2023-12-31", description = "Date the residents refer to") LocalDate residentsDate,
        @Size(max = 500) @Schema(example = "illustrative: example units, not official data", description = "Where the figures "
                + "come from; 'illustrative' when no public source gives them") String source) {

    static SpatialUnitRequest from(SpatialUnit u) {
        return new SpatialUnitRequest(u.municipality, u.code, u.name, pl.odnowa.area.GeoJson.parse(u.geometry), null, u.areaHa,
                u.residents, u.residentsDate, u.source);
    }
}
