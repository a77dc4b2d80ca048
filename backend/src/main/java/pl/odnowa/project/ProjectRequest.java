package pl.odnowa.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A project as created (POST) or replaced (PUT). Money is an exact decimal (numeric(16,2)): send it as a
 * JSON string or number; it is never read through a binary floating-point value.
 */
@Schema(name = "ProjectRequest", description = "A project as created (POST) or replaced (PUT)")
public record ProjectRequest(
        @NotNull @Schema(example = "2", description = "Programme the project belongs to; cannot change later") Long programmeId,
        @Size(max = 100) @Pattern(regexp = "\\S(.*\\S)?", message = "must not be blank or start or end with a space")
        @Schema(example = "BB-GPR-1.1", description = "The id another system keys the project by, unique in the programme; "
                + "the bulk import (POST /api/v1/programmes/{id}/import) finds projects by it") String externalId,
        @Schema(example = "BASIC", description = "BASIC (listed in the programme, art. 15 ust. 1 pkt 5) or COMPLEMENTARY "
                + "(characterised in it, pkt 6); null or missing: not recorded (checks that need it answer UNKNOWN)") ProjectKind kind,
        @NotBlank @Size(max = 500)
        @Schema(example = "Nowa Starówka – nowe możliwości. Rewitalizacja Starego Miasta w Bielsku-Białej – etap I") String title,
        @Size(max = 10000) @Schema(example = "Odnowa rynku, czterech ulic, fontanny i oświetlenia Starego Miasta (ok. 10 ha).") String description,
        @Size(max = 20) @Schema(example = "[\"Gmina Bielsko-Biała\"]")
        List<@NotBlank @Size(max = 300) String> implementingEntities,
        @Size(max = 10000) @Schema(example = "Rynek, cztery ulice, fontanna i oświetlenie Starego Miasta") String scope,
        @Size(max = 500) @Schema(example = "Stare Miasto, Bielsko-Biała") String location,
        @Size(max = 500) @Schema(example = "mapadotacji.gov.pl, projekt 796313", description = "Where the figures come from; figures no public "
                + "source gives say 'illustrative' and are labelled so in every output") String source,
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
        @Schema(example = "19.044500", description = "WGS 84 longitude in degrees, -180 to 180, up to 6 decimals") BigDecimal longitude,
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6)
        @Schema(example = "49.822300", description = "WGS 84 latitude in degrees, -90 to 90, up to 6 decimals") BigDecimal latitude,
        @Schema(example = "COMPLETION", description = "IATI activity status; null or missing: not recorded") ProjectStatus status,
        @Schema(example = "2005-01-01") LocalDate plannedStart,
        @Schema(example = "2006-12-31", description = "Not before plannedStart") LocalDate plannedEnd,
        @Schema(example = "2005-03-01") LocalDate actualStart,
        @Schema(example = "2007-06-30", description = "Not before actualStart") LocalDate actualEnd,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code of 3 upper-case letters")
        @Schema(example = "PLN", description = "ISO 4217 currency of all the project's amounts (default PLN)") String currency,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, pattern = MONEY_PATTERN, example = "11347418.62", description = MONEY) BigDecimal estimatedValue,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, pattern = MONEY_PATTERN, example = "11347418.62", description = MONEY) BigDecimal totalCost,
        @DecimalMin("0") @Digits(integer = 14, fraction = 2)
        @Schema(type = SchemaType.STRING, pattern = MONEY_PATTERN, description = "Costs eligible for funding, not more than totalCost. "
                + MONEY) BigDecimal eligibleCost,
        @Size(max = 50) @Schema(description = "Their amounts together must not exceed totalCost")
        List<@NotNull @Valid FundingSourceRequest> fundingSources,
        @Size(max = 200) @Schema(example = "[12]", description = "Subareas of an area of the same programme")
        List<@NotNull Long> subareaIds,
        @Size(max = 20) @Schema(example = "[\"11.4\", \"11.7\"]", description = "SDG 11 target codes the project serves")
        List<@NotBlank @Size(max = 8) String> sdgTargets,
        @Schema(description = "Whether anonymous readers see it (its programme must be published too); a new project is a "
                + "draft unless this says true; a replace without it keeps the current value", example = "true") Boolean published) {

    /** How money is documented: a decimal string (the exact form); a JSON number is accepted too and read exactly. */
    static final String MONEY = "Exact decimal, at least 0, at most 14 integer and 2 fraction digits, as a string "
            + "(a JSON number is accepted too and is never read through a binary floating-point value)";
    static final String MONEY_PATTERN = "^[0-9]{1,14}(\\.[0-9]{1,2})?$";

    /** The project in request form: what a merge patch or an import row is merged into. */
    public static ProjectRequest from(Project p) {
        return new ProjectRequest(p.programme.id, p.externalId, p.kind, p.title, p.description, List.copyOf(p.implementingEntities),
                p.scope, p.location, p.source, p.longitude, p.latitude, p.status, p.plannedStart, p.plannedEnd, p.actualStart,
                p.actualEnd, p.currency, p.estimatedValue, p.totalCost, p.eligibleCost,
                p.funding.stream().map(FundingSourceRequest::from).toList(),
                p.subareaIds.stream().sorted().toList(),
                p.sdgTargets.stream().sorted().toList(), p.published);
    }
}
