package pl.odnowa.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.Provenance;
import pl.odnowa.compliance.ComplianceReport;
import pl.odnowa.compliance.ComplianceService;
import pl.odnowa.consultation.Consultation;
import pl.odnowa.consultation.ConsultationRepository;
import pl.odnowa.evaluation.Check;
import pl.odnowa.indicator.YearValue;
import pl.odnowa.monitoring.MonitoringRecordResponse;
import pl.odnowa.monitoring.MonitoringReport;
import pl.odnowa.monitoring.MonitoringReportService;
import pl.odnowa.procedure.ProcedureStep;
import pl.odnowa.procedure.ProcedureStepKind;
import pl.odnowa.procedure.ProcedureStepRepository;
import pl.odnowa.programme.Programme;

/**
 * Builds the {@link AssessmentDossier} (art. 22) of a programme and year from the procedure steps, the consultations,
 * the compliance checks and the monitoring report of the year (read-only, everything in a deterministic order).
 */
@ApplicationScoped
public class AssessmentDossierService {

    private static final Map<ProcedureStepKind, String[]> KINDS = Map.of(
            ProcedureStepKind.START_RESOLUTION, new String[] {"uchwała o przystąpieniu do sporządzenia GPR", "resolution to start the GPR"},
            ProcedureStepKind.AREA_DESIGNATION, new String[] {"wyznaczenie obszaru zdegradowanego i obszaru rewitalizacji",
                    "designation of the degraded and revitalisation areas"},
            ProcedureStepKind.OPINIONS, new String[] {"opinie i uzgodnienia projektu", "opinions and arrangements of the draft"},
            ProcedureStepKind.ADOPTION, new String[] {"uchwalenie GPR", "adoption of the GPR"},
            ProcedureStepKind.AMENDMENT, new String[] {"zmiana GPR", "amendment of the GPR"},
            ProcedureStepKind.COMMITTEE_RULES, new String[] {"zasady Komitetu Rewitalizacji", "rules of the Revitalisation Committee"},
            ProcedureStepKind.ASSESSMENT, new String[] {"ocena aktualności i stopnia realizacji", "assessment of currency and progress"});

    private final MonitoringReportService monitoring;
    private final ProcedureStepRepository steps;
    private final ConsultationRepository consultations;
    private final ComplianceService compliance;

    AssessmentDossierService(MonitoringReportService monitoring, ProcedureStepRepository steps, ConsultationRepository consultations,
            ComplianceService compliance) {
        this.monitoring = monitoring;
        this.steps = steps;
        this.consultations = consultations;
        this.compliance = compliance;
    }

    /** The year of {@code year=}: required, a number within the programme's period; 400 naming {@code year} otherwise. */
    static int parseYear(String year) {
        if (year == null || year.isBlank()) {
            throw ApiException.badRequest("year", "is required: the year whose monitoring figures the dossier shows, like 2024");
        }
        if (!year.matches("[0-9]{4}")) {
            throw ApiException.badRequest("year", "must be a year like 2024");
        }
        return Integer.parseInt(year);
    }

    @Transactional
    public AssessmentDossier dossier(long programmeId, int year, boolean pl) {
        Programme p = monitoring.programme(programmeId);
        MonitoringReportService.requireInPeriod(p, year, "year");
        MonitoringReport m = monitoring.build(p, year);
        ReportService.T t = new ReportService.T(pl);
        String na = t.t("nie odnotowano", "not recorded");

        List<Report.Fact> facts = List.of(
                new Report.Fact(t.t("Program", "Programme"), p.name, null),
                new Report.Fact(t.t("Gmina", "Municipality"), p.municipality.name + " (TERYT " + p.municipality.teryt + ")", null),
                new Report.Fact(t.t("Okres programu", "Period of the programme"),
                        p.periodFrom + "–" + (p.periodTo == null ? "" : p.periodTo), null),
                new Report.Fact(t.t("Rok monitorowania", "Year monitored"), Integer.toString(year), null),
                new Report.Fact(t.t("Uchwała o przyjęciu", "Adopting resolution"), p.resolutionNumber == null ? na
                        : p.resolutionNumber + (p.resolutionDate == null ? "" : t.t(" z ", " of ") + p.resolutionDate), null));

        // 1. procedure
        List<AssessmentDossier.Row> stepRows = new ArrayList<>();
        for (ProcedureStep s : steps.ofProgramme(p.id)) {
            String[] kind = KINDS.get(s.kind);
            List<String> details = new ArrayList<>();
            if (s.journalReference != null) {
                details.add(t.t("Ogłoszenie: ", "Promulgated: ") + s.journalReference);
            }
            if (s.bipUrl != null) {
                details.add("BIP: " + s.bipUrl);
            }
            if (s.kind == ProcedureStepKind.ASSESSMENT) {
                details.add(t.t("Opinia Komitetu Rewitalizacji: ", "Revitalisation Committee's opinion: ")
                        + date(s.committeeOpinionDate, na) + t.t("; publikacja w BIP: ", "; published in the BIP: ")
                        + date(s.bipPublishedOn, na));
            }
            stepRows.add(new AssessmentDossier.Row(List.of(date(s.date, na), (pl ? kind[0] : kind[1])
                            + (s.kind.article == null ? "" : " (" + s.kind.article + ")"),
                    s.title == null ? "—" : s.title, s.documentNumber == null ? "—" : s.documentNumber), details, s.source,
                    Provenance.illustrative(s.source)));
        }
        AssessmentDossier.Section procedure = new AssessmentDossier.Section(t.t("1. Procedura", "1. Procedure"),
                t.t("Kroki procedury odnotowane w Odnowie (ustawa o rewitalizacji).", "Procedure steps recorded in Odnowa (Revitalisation Act)."),
                List.of(t.t("Data", "Date"), t.t("Krok", "Step"), t.t("Tytuł", "Title"), t.t("Numer", "Number")), stepRows,
                t.t("Nie odnotowano kroków procedury.", "No procedure steps recorded."), List.of());

        // 2. consultations
        List<AssessmentDossier.Row> consultationRows = new ArrayList<>();
        for (Consultation c : consultations.ofProgramme(p.id)) {
            Set<String> forms = new LinkedHashSet<>();
            c.forms.stream().sorted().forEach(f -> forms.add(pl ? f.actNamePl : f.actNameEn));
            Long days = c.startDate == null || c.endDate == null ? null : ChronoUnit.DAYS.between(c.startDate, c.endDate) + 1;
            List<String> details = new ArrayList<>();
            details.add(t.t("Formy: ", "Forms: ") + (forms.isEmpty() ? na : String.join(", ", forms)));
            details.add(t.t("Podsumowanie opublikowano: ", "Summary published: ") + date(c.summaryPublishedOn, na)
                    + (c.summaryUrl == null ? "" : " (" + c.summaryUrl + ")"));
            consultationRows.add(new AssessmentDossier.Row(List.of(c.subject == null ? "—" : c.subject,
                    date(c.startDate, na) + " – " + date(c.endDate, na), days == null ? na : Long.toString(days),
                    Integer.toString(c.comments.size())), details, c.source, Provenance.illustrative(c.source)));
        }
        AssessmentDossier.Section consultationSection = new AssessmentDossier.Section(
                t.t("2. Konsultacje społeczne (art. 6)", "2. Social consultations (art. 6)"), null,
                List.of(t.t("Przedmiot", "Subject"), t.t("Termin", "Dates"), t.t("Dni", "Days"), t.t("Uwagi", "Comments")),
                consultationRows, t.t("Nie odnotowano konsultacji.", "No consultations recorded."), List.of());

        // 3. compliance verdicts the assessment rests on
        ComplianceReport report = compliance.programme(p.id);
        List<AssessmentDossier.Row> checkRows = new ArrayList<>();
        for (Check c : report.checks()) {
            if (c.id().startsWith("ART_22") || c.id().startsWith("ART_6_") || c.id().startsWith("ART_7_")
                    || c.id().startsWith("ART_15_")) {
                checkRows.add(new AssessmentDossier.Row(List.of(c.article(), c.subject() == null ? "—" : c.subject(),
                        t.label(c.result())), List.of(t.t(c.explanationPl(), c.explanationEn())),
                        c.basis() == null ? null : t.t(c.basis().citationPl(), c.basis().citationEn()), false));
            }
        }
        AssessmentDossier.Section complianceSection = new AssessmentDossier.Section(
                t.t("3. Zgodność z ustawą (art. 6, 7, 15, 22)", "3. Compliance with the Act (art. 6, 7, 15, 22)"),
                t.t("Stan na dzień ", "As of ") + report.today() + t.t("; nierozstrzygnięte: brak danych w Odnowie.",
                        "; unknown: the data is not recorded in Odnowa."),
                List.of(t.t("Przepis", "Article"), t.t("Przedmiot", "Subject"), t.t("Wynik", "Result")), checkRows,
                t.t("Brak ocen.", "No checks."), List.of());

        // 4. projects in the year
        List<AssessmentDossier.Row> projectRows = new ArrayList<>();
        for (MonitoringReport.ProjectYear x : m.projects()) {
            boolean recorded = x.monitoring().equals("RECORDED");
            List<String> details = new ArrayList<>();
            for (MonitoringRecordResponse.Line line : x.funding()) {
                details.add(line.source() + (line.instrument() == null ? "" : " (" + line.instrument() + ")") + ": "
                        + t.t("plan ", "planned ") + money(t, line.planned(), na) + t.t(", wykonanie ", ", actual ")
                        + money(t, line.actual(), na) + t.t(", realizacja ", ", execution ") + percent(t, line.executionRatio(), na));
            }
            if (x.note() != null) {
                details.add(x.note());
            }
            projectRows.add(new AssessmentDossier.Row(List.of(x.title(), x.status() == null ? na : t.label(x.status()),
                    recorded ? (x.progress() == null ? na : t.number(x.progress()) + "%") : na,
                    money(t, x.plannedTotal(), na), money(t, x.actualTotal(), na), percent(t, x.executionRatio(), na)),
                    details, x.source(), x.illustrative()));
        }
        MonitoringReport.Totals totals = m.totals();
        AssessmentDossier.Section projects = new AssessmentDossier.Section(
                t.t("4. Monitorowanie projektów w " + year + " r.", "4. Monitoring of the projects in " + year),
                t.t("Postęp rzeczowy na koniec roku oraz wydatki roku planowane i poniesione według źródeł finansowania "
                        + "(art. 15 ust. 1 pkt 10). „Nie odnotowano”: brak danych, nie zero.",
                        "Physical progress at the end of the year and the year's planned and actual spending per funding "
                        + "source (art. 15 ust. 1 pkt 10). \"Not recorded\": no data, not zero."),
                List.of(t.t("Projekt", "Project"), t.t("Status", "Status"), t.t("Postęp rzeczowy", "Physical progress"),
                        t.t("Plan", "Planned"), t.t("Wykonanie", "Actual"), t.t("Realizacja", "Execution")),
                projectRows, t.t("Program nie ma projektów.", "The programme has no projects."),
                List.of(t.t("Razem (projekty z pełnymi danymi: ", "Total (projects with complete figures: ") + totals.inTotals()
                        + t.t(" z ", " of ") + totals.projects() + t.t("; z zapisem za rok: ", "; with a record of the year: ")
                        + totals.recorded() + "): " + t.t("plan ", "planned ") + money(t, totals.planned(), na)
                        + t.t(", wykonanie ", ", actual ") + money(t, totals.actual(), na) + t.t(", realizacja ", ", execution ")
                        + percent(t, totals.executionRatio(), na)));

        List<AssessmentDossier.Row> sourceRows = m.bySource().stream().map(s -> new AssessmentDossier.Row(List.of(s.source(),
                money(t, s.planned(), na), money(t, s.actual(), na), percent(t, s.executionRatio(), na)),
                s.inTotals() == s.lines() ? List.of() : List.of(t.t("W sumach: ", "In the sums: ") + s.inTotals() + t.t(" z ", " of ")
                        + s.lines() + t.t(" pozycji (pozostałe bez obu kwot)", " lines (the others lack an amount)")), null, false)).toList();
        AssessmentDossier.Section funding = new AssessmentDossier.Section(
                t.t("5. Wydatki " + year + " r. według źródeł finansowania", "5. Spending in " + year + " by funding source"), null,
                List.of(t.t("Źródło", "Source"), t.t("Plan", "Planned"), t.t("Wykonanie", "Actual"), t.t("Realizacja", "Execution")),
                sourceRows, t.t("Nie odnotowano wydatków.", "No spending recorded."), List.of());

        // 6. indicators up to the year
        List<AssessmentDossier.Row> indicatorRows = new ArrayList<>();
        for (MonitoringReport.IndicatorYear i : m.indicators()) {
            String name = t.t(i.namePl(), i.nameEn() == null ? i.namePl() : i.nameEn());
            String status = i.status() == null ? t.t("wskaźnik kontekstowy: bez oceny", "context indicator: no status")
                    : t.label(i.status());
            indicatorRows.add(new AssessmentDossier.Row(List.of(i.code() + " " + name + (i.unit() == null ? "" : " [" + i.unit() + "]"),
                    t.label(i.kind()), yearValue(t, i.baseline(), na), yearValue(t, i.target(), na), yearValue(t, i.achieved(), na),
                    i.valueInYear() == null ? na : t.decimal(i.valueInYear()), percent(t, i.degreeOfAchievement(), "—"), status),
                    List.of(t.t(i.progress().explanationPl(), i.progress().explanationEn())), i.source(), i.illustrative()));
        }
        AssessmentDossier.Section indicators = new AssessmentDossier.Section(
                t.t("6. Wskaźniki do " + year + " r.", "6. Indicators up to " + year),
                t.t("Osiągnięto: ostatnia obserwacja dla całego zakresu do " + year + " r.; stopień realizacji (wskaźniki "
                        + "produktu): osiągnięto ÷ cel; status postępu metodą Open SDG z obserwacji do " + year + " r.",
                        "Achieved: the latest whole-scope observation up to " + year + "; degree of achievement (output "
                        + "indicators): achieved ÷ target; progress status by the Open SDG method from the observations up to " + year + "."),
                List.of(t.t("Wskaźnik", "Indicator"), t.t("Rodzaj", "Kind"), t.t("Wartość bazowa", "Baseline"), t.t("Cel", "Target"),
                        t.t("Osiągnięto", "Achieved"), t.t("W roku " + year, "In " + year), t.t("Stopień realizacji", "Degree of achievement"),
                        t.t("Status", "Status")),
                indicatorRows, t.t("Program nie ma wskaźników.", "The programme has no indicators."), List.of());

        String generatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        return new AssessmentDossier(t.t("Ocena aktualności i stopnia realizacji programu rewitalizacji (art. 22) – materiały za "
                        + year + " r.", "Assessment of the currency and progress of the revitalisation programme (art. 22) – "
                        + "dossier for " + year), pl ? "pl" : "en", p.id, year, generatedAt, t.t("Wygenerowano", "Generated"),
                t.t("Źródło", "Source"), t.t("dane ilustracyjne, nieoficjalne", "illustrative figures, not official"), facts,
                procedure, consultationSection, complianceSection, projects, funding, indicators,
                t.t("Pozycje oznaczone jako dane ilustracyjne nie pochodzą z publicznego źródła (" + m.illustrative()
                                + " w monitorowaniu tego roku). „Nie odnotowano”: Odnowa nie ma tej danej – nie oznacza zera.",
                        "Items marked illustrative come from no public source (" + m.illustrative() + " in this year's "
                                + "monitoring). \"Not recorded\": Odnowa does not hold the figure – it does not mean zero."));
    }

    private static String date(LocalDate d, String na) {
        return d == null ? na : d.toString();
    }

    private static String money(ReportService.T t, BigDecimal v, String na) {
        return v == null ? na : t.money(v);
    }

    /** A ratio as a percentage: 0.8000 → 80%, 0.6667 → 66.67% (pl 66,67%). */
    private static String percent(ReportService.T t, BigDecimal ratio, String na) {
        return ratio == null ? na : t.number(ratio.movePointRight(2)) + "%";
    }

    private static String yearValue(ReportService.T t, YearValue v, String na) {
        if (v == null || v.value() == null) {
            return na;
        }
        return (v.year() == null ? "" : v.year() + ": ") + t.decimal(v.value());
    }
}
