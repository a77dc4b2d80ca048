package pl.odnowa.sdg;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SdgIndicator", description = "A global SDG 11 indicator (after the 2020 comprehensive review)")
public record SdgIndicatorResponse(
        @Schema(example = "11.6.2") String code,
        @Schema(example = "11.6", description = "Code of the target the indicator measures") String target,
        @Schema(example = "10", description = "Order in the global indicator framework") int position,
        @Schema(example = "Annual mean levels of fine particulate matter (e.g. PM2.5 and PM10) in cities (population weighted)") String titleEn,
        @Schema(example = "Średnioroczne stężenie pyłu drobnego (np. PM2,5 i PM10) w miastach (ważone liczbą ludności)") String titlePl,
        @Schema(example = "µg/m³") String unit,
        @Schema(example = "I", description = "Tier of the indicator in the global framework") String tier) {

    public static SdgIndicatorResponse from(SdgIndicator i) {
        return new SdgIndicatorResponse(i.code, i.targetCode, i.position, i.titleEn, i.titlePl, i.unit, i.tier);
    }
}
