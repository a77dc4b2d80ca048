package pl.odnowa.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IndicatorRequest", description = "An indicator as created (POST) or replaced (PUT). "
        + "scope PROGRAMME takes neither areaId nor projectId; AREA requires areaId; PROJECT requires projectId; "
        + "the area or project must belong to the programme.")
public record IndicatorRequest(
        @NotNull @Schema(example = "2", description = "Id of the programme the indicator monitors; cannot change later") Long programmeId,
        @NotNull @Schema(example = "PROGRAMME", description = "What the indicator measures: the whole programme, one of its areas or one project") IndicatorScope scope,
        @Schema(example = "3", description = "Area of the programme; required when scope is AREA, absent otherwise") Long areaId,
        @Schema(example = "7", description = "Project of the programme; required when scope is PROJECT, absent otherwise") Long projectId,
        @NotBlank @Size(max = 30) @Schema(example = "W1", description = "Unique within the programme") String code,
        @NotBlank @Size(max = 400) @Schema(example = "Średnioroczne stężenie pyłu zawieszonego PM2,5") String namePl,
        @Size(max = 400) @Schema(example = "Annual mean concentration of PM2.5") String nameEn,
        @NotBlank @Size(max = 60) @Schema(example = "µg/m³") String unit,
        @NotNull @Schema(example = "LOWER", description = "HIGHER when a rising value is progress, LOWER when a falling one is") Direction direction,
        @NotNull @Schema(example = "CONTEXT") IndicatorLevel level,
        @Valid @Schema(description = "Value in the base year") YearValue baseline,
        @Valid @Schema(description = "Value to reach by the target year (not before the base year)") YearValue target,
        @Size(max = 8) @Schema(example = "11.6", description = "SDG 11 target code; set from sdgIndicator when only that is given") String sdgTarget,
        @Size(max = 12) @Schema(example = "11.6.2", description = "SDG 11 global indicator code; must belong to sdgTarget when both are given") String sdgIndicator,
        @Size(max = 500) @Schema(example = "illustrative", description = "Where the figures come from; demo figures no source gives say 'illustrative'") String source) {

    static IndicatorRequest from(Indicator i) {
        return new IndicatorRequest(i.programme.id, i.scope, i.area == null ? null : i.area.id,
                i.project == null ? null : i.project.id, i.code, i.namePl, i.nameEn, i.unit, i.direction, i.level,
                YearValue.of(i.baselineValue, i.baselineYear), YearValue.of(i.targetValue, i.targetYear),
                i.sdgTarget, i.sdgIndicator, i.source);
    }

    IndicatorRequest withoutSdgTarget() {
        return new IndicatorRequest(programmeId, scope, areaId, projectId, code, namePl, nameEn, unit, direction, level,
                baseline, target, null, sdgIndicator, source);
    }
}
