package pl.odnowa.report;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.qute.TemplateData;

/**
 * The evaluation report "How revitalisation served SDG 11" of a programme or of a municipality's programmes: every
 * section's data with the strings already in the language asked for. The JSON body is this record; the Markdown, HTML
 * and PDF bodies are rendered from it. Only {@code generatedAt} depends on the time of the request.
 */
@TemplateData
@Schema(name = "Report", description = "The evaluation report: summary and lineage, areas, projects by SDG 11 target, "
        + "indicators with progress, compliance, evaluation findings and recommendations, in the language asked for")
public record Report(
        @Schema(example = "Jak rewitalizacja służyła Celowi 11") String title,
        @Schema(example = "pl", enumeration = {"pl", "en"}) String lang,
        @Schema(example = "programme", enumeration = {"programme", "municipality"}, description = "What the report covers") String scope,
        @Schema(example = "3", description = "The programme reported on; null for a municipality report") Long programmeId,
        @Schema(example = "2026-11-28T16:20:00Z", description = "When the report was generated (the only value that changes between two requests on the same data)") String generatedAt,
        @Schema(example = "Wygenerowano") String generatedLabel,
        Labels labels,
        Summary summary,
        AreasSection areas,
        ProjectsSection projects,
        IndicatorsSection indicators,
        ComplianceSection compliance,
        EvaluationsSection evaluations,
        RecommendationsSection recommendations) {

    @TemplateData
    @Schema(name = "ReportLabels", description = "Words the report's formats share, in its language")
    public record Labels(
            @Schema(example = "Źródło") String source,
            @Schema(example = "dane ilustracyjne, nieoficjalne") String illustrative) {
    }

    @TemplateData
    @Schema(name = "ReportSummary")
    public record Summary(
            @Schema(example = "1. Podsumowanie i ciągłość programów") String heading,
            @Schema(example = "2461011") String teryt,
            @Schema(example = "Bielsko-Biała") String municipality,
            @Schema(example = "śląskie") String voivodeship,
            @Schema(description = "Key figures as label/value pairs, in the report's language") List<Fact> facts,
            @Schema(example = "Ciągłość programów") String lineageHeading,
            @Schema(description = "The municipality's programmes, oldest first (PROM 2007–2013 → PROM 2014–2021 → GPR 2030)") List<ProgrammeItem> lineage) {
    }

    @TemplateData
    @Schema(name = "ReportFact")
    public record Fact(@Schema(example = "Projekty") String label, @Schema(example = "12") String value,
            @Schema(example = "pl.wikipedia.org/wiki/Bielsko-Biała", description = "Where the figure comes from, if not Odnowa's own count")
            String source) {
    }

    @TemplateData
    @Schema(name = "ReportProgramme")
    public record ProgrammeItem(
            @Schema(example = "2") long id,
            @Schema(example = "Program Rewitalizacji Obszarów Miejskich w Bielsku-Białej na lata 2014–2021") String name,
            @Schema(example = "PROM 2014–2021") String shortName,
            @Schema(example = "PR") String legalBasis,
            @Schema(example = "zakończony") String status,
            @Schema(example = "2014–2021") String period,
            @Schema(example = "1") Long predecessorId,
            @Schema(description = "True for the programme the report is about (programme reports)") boolean current) {
    }

    @TemplateData
    @Schema(name = "ReportAreas")
    public record AreasSection(@Schema(example = "2. Obszary") String heading, @Schema(example = "Brak obszarów.") String empty,
            @Schema(description = "Column headings of the subarea tables", example = "[\"Kod\", \"Nazwa\", \"Powierzchnia [ha]\", \"Mieszkańcy\"]")
            List<String> columns,
            List<AreaItem> items) {
    }

    @TemplateData
    @Schema(name = "ReportArea")
    public record AreaItem(
            @Schema(example = "7") long id,
            @Schema(example = "GPR 2030") String programme,
            @Schema(example = "obszar rewitalizacji") String kind,
            @Schema(example = "Obszar rewitalizacji Bielska-Białej") String name,
            List<SubareaItem> subareas,
            @Schema(description = "Codes of the subareas without a boundary (not on the map)") List<String> withoutGeometry,
            @Schema(example = "Bez granic (nie na mapie): R2") String withoutGeometryText,
            @JsonIgnore String mapSvg) {

        @JsonIgnore
        public boolean hasMap() {
            return mapSvg != null;
        }
    }

    @TemplateData
    @Schema(name = "ReportSubarea")
    public record SubareaItem(
            @Schema(example = "R1") String code,
            @Schema(example = "Śródmieście") String name,
            @Schema(example = "45.20", type = SchemaType.STRING) String areaHa,
            @Schema(example = "5210") String residents,
            boolean hasGeometry,
            @Schema(example = "Uchwała Nr XLVII/1091/2022, załącznik 1") String source,
            @Schema(description = "The source marks the figures illustrative") boolean illustrative) {
    }

    @TemplateData
    @Schema(name = "ReportProjects")
    public record ProjectsSection(
            @Schema(example = "3. Projekty według celów szczegółowych SDG 11") String heading,
            @Schema(description = "One group per SDG 11 target that has projects (position order), then the projects without a target")
            List<TargetGroup> targets,
            @Schema(example = "Brak projektów.") String empty) {
    }

    @TemplateData
    @Schema(name = "ReportTargetGroup")
    public record TargetGroup(
            @Schema(example = "11.3", description = "null for projects without an SDG 11 target") String code,
            @Schema(example = "11.3 Do 2030 roku zwiększyć inkluzywną i zrównoważoną urbanizację …") String title,
            @Schema(example = "2") int count,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "8937573.00") BigDecimal totalCost,
            @Schema(example = "8 937 573,00 PLN") String totalCostText,
            @Schema(example = "Projekty: 2, łączna wartość: 8 937 573,00 PLN") String summary,
            List<ProjectItem> projects) {
    }

    @TemplateData
    @Schema(name = "ReportProject")
    public record ProjectItem(
            @Schema(example = "5") long id,
            @Schema(example = "PROM 2014–2021") String programme,
            @Schema(example = "Nowe życie w starych-nowych budynkach. Rewitalizacja obszarów zdegradowanych – etap II") String title,
            @Schema(example = "rodzaj: nie zapisano", description = "Basic or complementary in the report's language "
                    + "(podstawowy, uzupełniający); \"rodzaj: nie zapisano\" / \"kind: not recorded\" when it is not recorded")
            String kind,
            @Schema(example = "w realizacji") String status,
            @JsonFormat(shape = JsonFormat.Shape.STRING)
            @Schema(type = SchemaType.STRING, format = "decimal", example = "8937573.00", description = "Total cost, else the estimated value; null when neither is known")
            BigDecimal amount,
            @Schema(example = "8 937 573,00 PLN") String amountText,
            @Schema(example = "mapadotacji.gov.pl") String source,
            @Schema(description = "The source marks the figures or the SDG assignment illustrative") boolean illustrative) {
    }

    @TemplateData
    @Schema(name = "ReportIndicators")
    public record IndicatorsSection(@Schema(example = "4. Wskaźniki i postęp") String heading,
            @Schema(example = "Brak wskaźników.") String empty,
            @Schema(example = "8 z 9 statusów postępu opiera się na danych ilustracyjnych.") String provenance,
            List<IndicatorItem> items) {
    }

    @TemplateData
    @Schema(name = "ReportIndicator")
    public record IndicatorItem(
            @Schema(example = "12") long id,
            @Schema(example = "PROM 2014–2021") String programme,
            @Schema(example = "W2") String code,
            @Schema(example = "Odsetek zasiedlonych lokali w odnowionych kamienicach") String name,
            @Schema(example = "%") String unit,
            @Schema(example = "11.1") String sdgTarget,
            @Schema(example = "2014: 40") String baseline,
            @Schema(example = "2021: 90") String target,
            @Schema(description = "Whole-scope observations, oldest first") List<Point> observations,
            @Schema(example = "LIMITED_PROGRESS") String status,
            @Schema(example = "ograniczony postęp") String statusLabel,
            @Schema(example = "Od 2014 r. (40) do 2021 r. (66) wartość rosła …") String explanation,
            @Schema(example = "wskaźnik rezultatu") String kind,
            @Schema(example = "wskaźnik zastępczy celu 11.1", description = "How the indicator relates to SDG 11") String sdgMapping,
            @Schema(example = "stopień realizacji: 75%", description = "OUTPUT indicators: latest ÷ target") String degreeOfAchievement,
            @Schema(example = "illustrative") String source,
            @Schema(description = "The indicator's or an observation's source says 'illustrative': the figures are not official")
            boolean illustrative,
            @JsonIgnore String chartSvg) {

        @JsonIgnore
        public boolean hasChart() {
            return chartSvg != null;
        }

        @JsonIgnore
        public String observationsText() {
            if (observations.isEmpty()) {
                return "—";
            }
            StringBuilder b = new StringBuilder();
            for (Point p : observations) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(p.year()).append(": ").append(p.text());
            }
            return b.toString();
        }
    }

    @TemplateData
    @Schema(name = "ReportPoint")
    public record Point(@Schema(example = "2021") int year, @Schema(example = "29.5", type = SchemaType.STRING) String value,
            @Schema(example = "29,5", description = "The value written in the report's language") String text) {
    }

    @TemplateData
    @Schema(name = "ReportCompliance")
    public record ComplianceSection(@Schema(example = "5. Zgodność z ustawą o rewitalizacji") String heading,
            List<ComplianceItem> programmes) {
    }

    @TemplateData
    @Schema(name = "ReportComplianceProgramme")
    public record ComplianceItem(
            @Schema(example = "GPR 2030") String programme,
            @Schema(example = "spełnione: 5, niespełnione: 1, nierozstrzygnięte: 3, nie dotyczy: 1") String summary,
            @Schema(example = "Program przyjęty na podstawie ustawy o samorządzie gminnym (PR) …") String rules,
            List<CheckItem> checks) {
    }

    @TemplateData
    @Schema(name = "ReportCheck")
    public record CheckItem(
            @Schema(example = "ART_10_2_AREA") String id,
            @Schema(example = "art. 10 ust. 2") String article,
            @Schema(example = "R1") String subject,
            @Schema(example = "PASS") String result,
            @Schema(example = "spełnione") String resultLabel,
            @Schema(example = "Obszar rewitalizacji zajmuje 4,1% powierzchni gminy …") String explanation,
            @Schema(example = "Ustawa z dnia 9 października 2015 r. o rewitalizacji (t.j. Dz.U. 2024 poz. 278)") String source) {
    }

    @TemplateData
    @Schema(name = "ReportEvaluations")
    public record EvaluationsSection(@Schema(example = "6. Wnioski z ewaluacji") String heading,
            @Schema(example = "Brak ewaluacji.") String empty, List<EvaluationItem> items) {
    }

    @TemplateData
    @Schema(name = "ReportEvaluation")
    public record EvaluationItem(
            @Schema(example = "1") long id,
            @Schema(example = "PROM 2014–2021") String programme,
            @Schema(example = "końcowa") String type,
            @Schema(example = "2022-05-19") String date,
            @Schema(example = "Urząd Miejski w Bielsku-Białej", description = "\"—\" when not known") String author,
            @Schema(example = "przyjęta przez: Rada Miejska Bielska-Białej, 2022-05-19") String accepted,
            List<FindingItem> findings) {
    }

    @TemplateData
    @Schema(name = "ReportFinding")
    public record FindingItem(
            @Schema(example = "Odnowione kamienice stoją częściowo puste") String title,
            @Schema(example = "Wskaźniki produktu osiągnięto, brakuje wskaźników rezultatu.") String text,
            @Schema(example = "11.3") String sdgTarget) {
    }

    @TemplateData
    @Schema(name = "ReportRecommendations")
    public record RecommendationsSection(@Schema(example = "7. Rekomendacje") String heading,
            @Schema(example = "Brak rekomendacji.") String empty, List<RecommendationItem> items) {
    }

    @TemplateData
    @Schema(name = "ReportRecommendation")
    public record RecommendationItem(
            @Schema(example = "5") long id,
            @Schema(example = "GPR 2030") String programme,
            @Schema(example = "Oceniać program co najmniej co 3 lata") String title,
            @Schema(example = "Ewaluacja co najmniej co trzy lata, zgodnie z art. 22 ustawy.") String text,
            @Schema(example = "wysoki") String priority,
            @Schema(example = "przyjęta") String status,
            @Schema(example = "Wydział Strategii i Rozwoju Gospodarczego") String owner,
            @Schema(example = "2027-12-31") String dueDate,
            @Schema(example = "11.3") String sdgTargets) {
    }
}
