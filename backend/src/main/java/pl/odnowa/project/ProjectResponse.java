package pl.odnowa.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import pl.odnowa.common.UtcTimestampSerializer;

/** A project with its funding mix, totals per instrument, subareas and SDG 11 targets. Money is a JSON string. */
@Schema(name = "Project")
public record ProjectResponse(
        @Schema(example = "7") long id,
        @Schema(example = "2") long programmeId,
        @Schema(example = "2461011", description = "TERYT code of the programme's municipality") String municipality,
        @Schema(example = "BB-GPR-1.1", description = "The id another system keys the project by") String externalId,
        @Schema(example = "BASIC", description = "BASIC or COMPLEMENTARY; null: not recorded") ProjectKind kind,
        @Schema(example = "Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I") String title,
        @Schema(example = "Odnowa rynku, czterech ulic, fontanny i oświetlenia Starego Miasta (ok. 10 ha).") String description,
        @Schema(example = "[\"Gmina Bielsko-Biała\"]") List<String> implementingEntities,
        @Schema(example = "Rynek, cztery ulice, fontanna i oświetlenie Starego Miasta") String scope,
        @Schema(example = "Stare Miasto, Bielsko-Biała") String location,
        @Schema(example = "mapadotacji.gov.pl, projekt 796313", description = "Where the figures come from ('illustrative': no public source gives them)") String source,
        @Schema(example = "19.044500") BigDecimal longitude,
        @Schema(example = "49.822300") BigDecimal latitude,
        @Schema(example = "COMPLETION", description = "null: not recorded") ProjectStatus status,
        @Schema(example = "2005-01-01") LocalDate plannedStart,
        @Schema(example = "2006-12-31") LocalDate plannedEnd,
        LocalDate actualStart,
        LocalDate actualEnd,
        @Schema(example = "PLN") String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(example = "11347418.62", type = SchemaType.STRING) BigDecimal estimatedValue,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(example = "11347418.62", type = SchemaType.STRING) BigDecimal totalCost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal eligibleCost,
        List<FundingSourceResponse> fundingSources,
        @JsonFormat(shape = JsonFormat.Shape.STRING)
        @Schema(example = "6380223.26", type = SchemaType.STRING, description = "Sum of the funding sources' amounts") BigDecimal fundingTotal,
        @Schema(example = "{\"GRANT\": \"6380223.26\"}", description = "Sum of the amounts per instrument that occurs, as strings")
        Map<FundingInstrument, String> fundingByInstrument,
        @Schema(example = "[12]") List<Long> subareaIds,
        @Schema(example = "[\"11.4\", \"11.7\"]") List<String> sdgTargets,
        @Schema(description = "Anonymous readers see published projects of published programmes only", example = "true") boolean published,
        @Schema(example = "1") long version,
        @JsonSerialize(using = UtcTimestampSerializer.class) OffsetDateTime createdAt,
        @JsonSerialize(using = UtcTimestampSerializer.class) OffsetDateTime updatedAt) {

    public static ProjectResponse from(Project p) {
        return new ProjectResponse(p.id, p.programme.id, p.programme.municipality.teryt, p.externalId, p.kind, p.title, p.description,
                List.copyOf(p.implementingEntities), p.scope, p.location, p.source, p.longitude, p.latitude, p.status,
                p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd, p.currency, p.estimatedValue, p.totalCost,
                p.eligibleCost, p.funding.stream().map(FundingSourceResponse::from).toList(), p.subareaIds.stream().sorted().toList(),
                p.sdgTargets.stream().sorted().toList(), p.published, p.version, p.createdAt, p.updatedAt);
    }

    /** The response with fundingTotal and fundingByInstrument summed from the funding sources (in their order). */
    ProjectResponse(long id, long programmeId, String municipality, String externalId, ProjectKind kind, String title,
            String description, List<String> implementingEntities, String scope, String location, String source,
            BigDecimal longitude, BigDecimal latitude, ProjectStatus status, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd, String currency, BigDecimal estimatedValue, BigDecimal totalCost,
            BigDecimal eligibleCost, List<FundingSourceResponse> fundingSources, List<Long> subareaIds, List<String> sdgTargets,
            boolean published, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        this(id, programmeId, municipality, externalId, kind, title, description, implementingEntities, scope, location, source,
                longitude, latitude, status, plannedStart, plannedEnd, actualStart, actualEnd, currency, estimatedValue,
                totalCost, eligibleCost, fundingSources, total(fundingSources), byInstrument(fundingSources), subareaIds,
                sdgTargets, published, version, createdAt, updatedAt);
    }

    private static BigDecimal total(List<FundingSourceResponse> funding) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (FundingSourceResponse f : funding) {
            total = total.add(f.amount());
        }
        return total;
    }

    private static Map<FundingInstrument, String> byInstrument(List<FundingSourceResponse> funding) {
        Map<FundingInstrument, BigDecimal> sums = new EnumMap<>(FundingInstrument.class);
        for (FundingSourceResponse f : funding) {
            sums.merge(f.instrument(), f.amount(), BigDecimal::add);
        }
        Map<FundingInstrument, String> byInstrument = new LinkedHashMap<>();
        sums.forEach((instrument, sum) -> byInstrument.put(instrument, sum.toPlainString()));
        return byInstrument;
    }
}
