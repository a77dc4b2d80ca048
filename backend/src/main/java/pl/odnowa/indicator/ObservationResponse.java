package pl.odnowa.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import pl.odnowa.common.UtcTimestampSerializer;

@Schema(name = "Observation")
public record ObservationResponse(
        @Schema(example = "31") long id,
        @Schema(example = "12") long indicatorId,
        @Schema(example = "2023") int period,
        @Schema(example = "14", description = "Null for the indicator's whole scope") Long subareaId,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "24.1") BigDecimal value,
        @Schema(example = "illustrative") String source,
        @Schema(example = "Średnia roczna ze stacji przy ul. Kossaka") String note,
        @Schema(example = "1", description = "Also the ETag of the observation") long version,
        @JsonSerialize(using = UtcTimestampSerializer.class) OffsetDateTime createdAt,
        @JsonSerialize(using = UtcTimestampSerializer.class) OffsetDateTime updatedAt) {

    public static ObservationResponse from(Observation o) {
        return new ObservationResponse(o.id, o.indicator.id, o.period, o.subarea == null ? null : o.subarea.id,
                Decimals.plain(o.value), o.source, o.note, o.version, o.createdAt, o.updatedAt);
    }
}
