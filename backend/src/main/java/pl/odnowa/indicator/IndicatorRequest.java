package pl.odnowa.indicator;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

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
        @Schema(example = "LOWER", description = "HIGHER when a rising value is progress, LOWER when a falling one is; "
                + "required for OUTPUT and RESULT indicators, absent for CONTEXT ones (they have no desired direction)") Direction direction,
        @NotNull @Schema(example = "RESULT", description = "The indicator's kind: OUTPUT (what the projects deliver: buildings "
                + "renovated, km, participants; progress also gets the degree of achievement), RESULT (the change they bring) "
                + "or CONTEXT (the setting, such as the city's population: no direction, no progress status)") IndicatorLevel level,
        @Valid @Schema(description = "Value in the base year") YearValue baseline,
        @Valid @Schema(description = "Value to reach by the target year (not before the base year)") YearValue target,
        @Size(max = 8) @Schema(example = "11.6", description = "SDG 11 target code; set from sdgIndicator when only that is given") String sdgTarget,
        @Size(max = 12) @Schema(example = "11.6.2", description = "SDG 11 global indicator code; must belong to sdgTarget when both are given") String sdgIndicator,
        @Schema(example = "PROXY", description = "How the indicator relates to SDG 11 when sdgTarget is set: PROXY (default: a local "
                + "stand-in for the target, and for sdgIndicator when given) or UN_INDICATOR (it is the UN indicator sdgIndicator, "
                + "measured by its definition)") SdgRelation sdgRelation,
        @Digits(integer = 16, fraction = 4) @JsonFormat(shape = JsonFormat.Shape.STRING) @JsonDeserialize(using = DecimalDeserializer.class)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "100", description = "A natural maximum or minimum of the value (e.g. 100 "
                + "for a percentage), which scales Open SDG's growth thresholds when there is no target") BigDecimal naturalLimit,
        @Size(max = 500) @Schema(example = "illustrative", description = "Where the figures come from; demo figures no source gives say 'illustrative'") String source) {

    static IndicatorRequest from(Indicator i) {
        return new IndicatorRequest(i.programme.id, i.scope, i.area == null ? null : i.area.id,
                i.project == null ? null : i.project.id, i.code, i.namePl, i.nameEn, i.unit, i.direction, i.level,
                YearValue.of(i.baselineValue, i.baselineYear), YearValue.of(i.targetValue, i.targetYear),
                i.sdgTarget, i.sdgIndicator, i.sdgRelation, i.naturalLimit, i.source);
    }

    IndicatorRequest withoutSdgTarget() {
        return new IndicatorRequest(programmeId, scope, areaId, projectId, code, namePl, nameEn, unit, direction, level,
                baseline, target, null, sdgIndicator, sdgRelation, naturalLimit, source);
    }
}
