package pl.odnowa.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

@Schema(name = "Indicator")
public record IndicatorResponse(
        @Schema(example = "12") long id,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "2") long programmeId,
        @Schema(example = "PROGRAMME") IndicatorScope scope,
        @Schema(example = "3") Long areaId,
        @Schema(example = "7") Long projectId,
        @Schema(example = "W1") String code,
        @Schema(example = "Średnioroczne stężenie pyłu zawieszonego PM2,5") String namePl,
        @Schema(example = "Annual mean concentration of PM2.5") String nameEn,
        @Schema(example = "µg/m³") String unit,
        @Schema(example = "LOWER", description = "null for CONTEXT indicators") Direction direction,
        @Schema(example = "CONTEXT") IndicatorLevel level,
        YearValue baseline,
        YearValue target,
        @Schema(example = "11.6") String sdgTarget,
        @Schema(example = "11.6.2") String sdgIndicator,
        @Schema(example = "PROXY", description = "PROXY: a local stand-in for the SDG target (and for sdgIndicator when given); "
                + "UN_INDICATOR: it is the UN indicator sdgIndicator") SdgRelation sdgRelation,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(type = SchemaType.STRING, format = "decimal", example = "100", description = "Natural maximum or minimum (Open SDG limit)")
        BigDecimal naturalLimit,
        @Schema(example = "illustrative") String source,
        @Schema(description = "The whole-scope observation (no subarea) of the latest year, if any") Latest latest,
        @Schema(description = "Progress towards the target by the Open SDG / Statistics Canada method; its status is null for "
                + "CONTEXT indicators") IndicatorProgress progress,
        @Schema(example = "3", description = "Also the ETag; it moves when the indicator changes or a write to an observation changes `latest`") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The latest whole-scope observation of an indicator. */
    @Schema(name = "IndicatorLatest")
    public record Latest(
            @Schema(example = "2023") int period,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "24.1") BigDecimal value) {

        boolean sameAs(Latest other) {
            return other != null && period == other.period && Decimals.same(value, other.value);
        }

        static boolean same(Latest a, Latest b) {
            return a == null ? b == null : a.sameAs(b);
        }
    }

    /** The response of an indicator given its whole-scope observations (year → value, null for none). */
    public static IndicatorResponse from(Indicator i, java.util.SortedMap<Integer, BigDecimal> wholeScope,
            ProgressRules rules) {
        Latest latest = wholeScope == null || wholeScope.isEmpty() ? null
                : new Latest(wholeScope.lastKey(), wholeScope.get(wholeScope.lastKey()));
        return from(i, latest, rules.of(i, wholeScope));
    }

    static IndicatorResponse from(Indicator i, Latest latest, IndicatorProgress progress) {
        return new IndicatorResponse(i.id, i.programme.municipality.teryt, i.programme.id, i.scope,
                i.area == null ? null : i.area.id, i.project == null ? null : i.project.id, i.code, i.namePl, i.nameEn,
                i.unit, i.direction, i.level, YearValue.of(i.baselineValue, i.baselineYear),
                YearValue.of(i.targetValue, i.targetYear), i.sdgTarget, i.sdgIndicator, i.sdgRelation,
                i.naturalLimit == null ? null : Decimals.plain(i.naturalLimit), i.source,
                latest == null ? null : new Latest(latest.period(), Decimals.plain(latest.value())), progress,
                i.version, i.createdAt, i.updatedAt);
    }
}
