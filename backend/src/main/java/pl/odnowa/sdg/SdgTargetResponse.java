package pl.odnowa.sdg;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SdgTarget", description = "An SDG 11 target with its global indicators")
public record SdgTargetResponse(
        @Schema(example = "11.4") String code,
        @Schema(example = "4", description = "Order among the SDG 11 targets") int position,
        @Schema(example = "Strengthen efforts to protect and safeguard the world's cultural and natural heritage") String titleEn,
        @Schema(example = "Wzmocnić wysiłki na rzecz ochrony światowego dziedzictwa kulturowego i przyrodniczego") String titlePl,
        @Schema(description = "The target's global indicators, in framework order (empty for 11.c since 2020)")
        List<SdgIndicatorResponse> indicators) {

    public static SdgTargetResponse from(SdgTarget t, List<SdgIndicator> indicators) {
        return new SdgTargetResponse(t.code, t.position, t.titleEn, t.titlePl,
                indicators.stream().map(SdgIndicatorResponse::from).toList());
    }
}
