package pl.odnowa.diagnosis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

import pl.odnowa.area.GeoJson;

@Schema(name = "SpatialUnit", description = "A spatial unit of a municipality's diagnosis")
public record SpatialUnitResponse(
        @Schema(example = "41") long id,
        @Schema(example = "2461011") String municipality,
        @Schema(example = "OS-01") String code,
        @Schema(example = "Osiedle Śródmieście") String name,
        @JsonRawValue @Schema(implementation = GeoJson.Geometry.class, description = "WGS 84; null: not known") String geometry,
        @Schema(example = "80.00") BigDecimal areaHa,
        @Schema(example = "4200", description = "null: not known") Integer residents,
        @Schema(example = "2023-12-31") LocalDate residentsDate,
        @Schema(example = "illustrative: example units, not official data") String source,
        @Schema(example = "1") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static SpatialUnitResponse from(SpatialUnit u) {
        return new SpatialUnitResponse(u.id, u.municipality, u.code, u.name, u.geometry, u.areaHa, u.residents, u.residentsDate,
                u.source, u.version, u.createdAt, u.updatedAt);
    }
}
