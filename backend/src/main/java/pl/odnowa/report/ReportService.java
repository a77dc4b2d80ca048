package pl.odnowa.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.odnowa.area.Area;
import pl.odnowa.area.Subarea;
import pl.odnowa.common.ApiException;
import pl.odnowa.compliance.ComplianceReport;
import pl.odnowa.compliance.ComplianceService;
import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.Evaluation;
import pl.odnowa.evaluation.Finding;
import pl.odnowa.evaluation.Progress;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.indicator.ProgressRules;
import pl.odnowa.indicator.SdgRelation;
import pl.odnowa.common.Provenance;
import pl.odnowa.municipality.Municipality;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeService;
import pl.odnowa.project.Project;
import pl.odnowa.recommendation.Recommendation;
import pl.odnowa.sdg.Sdg11Rollup;
import pl.odnowa.sdg.Sdg11Service;
import pl.odnowa.sdg.SdgFrameworkResponse;
import pl.odnowa.sdg.SdgService;
import pl.odnowa.security.Access;

/**
 * Builds the {@link Report} of a programme or a municipality from the other features' data (read-only). Everything is
 * sorted deterministically (programmes oldest first, then ids/codes), so the same data gives the same report except
 * {@code generatedAt}.
 */
@ApplicationScoped
public class ReportService {

    static final String TITLE_PL = "Jak rewitalizacja służyła Celowi 11";
    static final String TITLE_EN = "How revitalisation served SDG 11";

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("DRAFT", new String[] {"projekt", "draft"}),
            Map.entry("IN_FORCE", new String[] {"obowiązuje", "in force"}),
            Map.entry("COMPLETED", new String[] {"zakończony", "completed"}),
            Map.entry("REPEALED", new String[] {"uchylony", "repealed"}),
            Map.entry("DEGRADED", new String[] {"obszar zdegradowany", "degraded area"}),
            Map.entry("REVITALISATION", new String[] {"obszar rewitalizacji", "revitalisation area"}),
            Map.entry("BASIC", new String[] {"podstawowy", "basic"}),
            Map.entry("COMPLEMENTARY", new String[] {"uzupełniający", "complementary"}),
            Map.entry("PIPELINE", new String[] {"planowany", "pipeline"}),
            Map.entry("IMPLEMENTATION", new String[] {"w realizacji", "in implementation"}),
            Map.entry("COMPLETION", new String[] {"zakończony", "completed"}),
            Map.entry("POST_COMPLETION", new String[] {"okres trwałości", "post-completion"}),
            Map.entry("CANCELLED", new String[] {"anulowany", "cancelled"}),
            Map.entry("SUSPENDED", new String[] {"wstrzymany", "suspended"}),
            Map.entry("TARGET_ACHIEVED", new String[] {"cel osiągnięty", "target achieved"}),
            Map.entry("ON_TRACK", new String[] {"na dobrej drodze", "on track"}),
            Map.entry("ACCELERATION_NEEDED", new String[] {"potrzebne przyspieszenie", "acceleration needed"}),
            Map.entry("LIMITED_PROGRESS", new String[] {"ograniczony postęp", "limited progress"}),
            Map.entry("DETERIORATION", new String[] {"pogorszenie", "deterioration"}),
            Map.entry("INSUFFICIENT_DATA", new String[] {"za mało danych", "insufficient data"}),
            Map.entry("NOT_APPLICABLE", new String[] {"nie dotyczy", "not applicable"}),
            Map.entry("PASS", new String[] {"spełnione", "pass"}),
            Map.entry("FAIL", new String[] {"niespełnione", "fail"}),
            Map.entry("UNKNOWN", new String[] {"nierozstrzygnięte", "unknown"}),
            Map.entry("EX_ANTE", new String[] {"ex ante", "ex ante"}),
            Map.entry("PERIODIC", new String[] {"okresowa", "periodic"}),
            Map.entry("FINAL", new String[] {"końcowa", "final"}),
            Map.entry("HIGH", new String[] {"wysoki", "high"}),
            Map.entry("MEDIUM", new String[] {"średni", "medium"}),
            Map.entry("LOW", new String[] {"niski", "low"}),
            Map.entry("PROPOSED", new String[] {"zaproponowana", "proposed"}),
            Map.entry("ACCEPTED", new String[] {"przyjęta", "accepted"}),
            Map.entry("IN_PROGRESS", new String[] {"w realizacji", "in progress"}),
            Map.entry("IMPLEMENTED", new String[] {"wdrożona", "implemented"}),
            Map.entry("REJECTED", new String[] {"odrzucona", "rejected"}),
            Map.entry("OUTPUT", new String[] {"wskaźnik produktu", "output indicator"}),
            Map.entry("RESULT", new String[] {"wskaźnik rezultatu", "result indicator"}),
            Map.entry("CONTEXT", new String[] {"wskaźnik kontekstowy", "context indicator"}));

    private final EntityManager em;
    private final Sdg11Service sdg11;
    private final ComplianceService compliance;

    private final Access access;

    private final ProgressRules progressRules;

    private final SdgService sdg;

    private final ProgrammeService programmes;

    ReportService(EntityManager em, Sdg11Service sdg11, ComplianceService compliance, Access access,
            ProgressRules progressRules, SdgService sdg, ProgrammeService programmes) {
        this.em = em;
        this.programmes = programmes;
        this.sdg = sdg;
        this.progressRules = progressRules;
        this.access = access;
        this.sdg11 = sdg11;
        this.compliance = compliance;
    }

    /** "pl" or "en"; null or blank means pl; anything else is a 400 naming {@code lang}. */
    public static boolean parseLang(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("pl")) {
            return true;
        }
        if (lang.equals("en")) {
            return false;
        }
        throw ApiException.badRequest("lang", "must be pl or en");
    }

    @Transactional
    public Report programme(long id, boolean pl) {
        Programme p = em.find(Programme.class, id);
        if (p == null) {
            throw ApiException.notFound("programme", id);
        }
        access.requireVisible(p.published, p.municipalityTeryt(), "programme", id);
        Municipality m = p.municipality;
        return build(m, List.of(p), id, pl, sdg11.programme(id));
    }

    @Transactional
    public Report municipality(String teryt, boolean pl) {
        Municipality m = em.find(Municipality.class, teryt);
        if (m == null) {
            throw ApiException.notFound("municipality", teryt);
        }
        return build(m, lineage(teryt), null, pl, sdg11.municipality(teryt));
    }

    /** The municipality's programmes the caller may see: published ones, and drafts for the city's own users. */
    private List<Programme> lineage(String teryt) {
        return em.createQuery("from Programme p where p.municipality.teryt = :t and (p.published = true or :drafts = true) "
                        + "order by p.periodFrom, p.id", Programme.class)
                .setParameter("t", teryt).setParameter("drafts", access.canSeeDrafts(teryt)).getResultList();
    }

    private Report build(Municipality m, List<Programme> covered, Long programmeId, boolean pl, Sdg11Rollup rollup) {
        T t = new T(pl);
        List<Long> ids = covered.stream().map(p -> p.id).toList();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        List<Programme> lineage = lineage(m.teryt);
        for (int i = 0; i < lineage.size(); i++) {
            Programme p = lineage.get(i);
            names.put(p.id, p.shortName != null ? p.shortName : p.name);
            order.put(p.id, i);
        }
        Comparator<Long> byProgramme = Comparator.comparing(pid -> order.getOrDefault(pid, Integer.MAX_VALUE));

        List<Area> areas = em.createQuery("from Area a where a.programme.id in :ids", Area.class).setParameter("ids", ids)
                .getResultList().stream()
                .sorted(Comparator.comparing((Area a) -> a.programme.id, byProgramme).thenComparing(a -> a.kind).thenComparing(a -> a.id))
                .toList();
        List<Project> projects = em.createQuery("from Project p where p.programme.id in :ids and (p.published = true or :drafts = true)",
                        Project.class)
                .setParameter("ids", ids).setParameter("drafts", access.canSeeDrafts(m.teryt)).getResultList().stream()
                .sorted(Comparator.comparing((Project x) -> x.programme.id, byProgramme).thenComparing(x -> x.id)).toList();
        List<Indicator> indicators = em.createQuery("from Indicator i left join fetch i.project where i.programme.id in :ids",
                        Indicator.class)
                .setParameter("ids", ids).getResultList().stream()
                .filter(i -> access.canSee(i.published(), m.teryt))
                .sorted(Comparator.comparing((Indicator i) -> i.programme.id, byProgramme).thenComparing(i -> i.code)
                        .thenComparing(i -> i.id)).toList();
        Map<Long, SortedMap<Integer, BigDecimal>> series = new HashMap<>();
        Set<Long> illustrativeSeries = new HashSet<>();
        if (!ids.isEmpty()) {
            em.createQuery("select o.indicator.id, o.period, o.value, o.source from Observation o"
                    + " where o.indicator.programme.id in :ids and o.subarea is null", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(r -> {
                        series.computeIfAbsent((Long) r[0], k -> new TreeMap<>()).put((Integer) r[1], (BigDecimal) r[2]);
                        if (Provenance.illustrative((String) r[3])) {
                            illustrativeSeries.add((Long) r[0]);
                        }
                    });
        }
        List<Evaluation> evaluations = em.createQuery("from Evaluation e where e.programme.id in :ids", Evaluation.class)
                .setParameter("ids", ids).getResultList().stream()
                .sorted(Comparator.comparing((Evaluation e) -> e.programme.id, byProgramme)
                        .thenComparing(e -> e.date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(e -> e.id))
                .toList();
        List<Recommendation> recommendations = em.createQuery("from Recommendation r where r.programme.id in :ids", Recommendation.class)
                .setParameter("ids", ids).getResultList().stream()
                .sorted(Comparator.comparing((Recommendation r) -> r.programme.id, byProgramme).thenComparing(r -> r.id)).toList();

        BigDecimal money = BigDecimal.ZERO.setScale(2);
        for (Project x : projects) {
            BigDecimal a = amount(x);
            if (a != null) {
                money = money.add(a);
            }
        }
        long illustrativeProjects = projects.stream().filter(x -> Provenance.illustrative(x.source)).count();
        SdgFrameworkResponse framework = sdg.framework();
        List<Report.Fact> facts = List.of(
                new Report.Fact(t.t("Gmina", "Municipality"), m.name + " (TERYT " + m.teryt + ")", null),
                new Report.Fact(t.t("Powierzchnia", "Area"), m.areaKm2 == null ? "—" : t.number(m.areaKm2) + " km²", m.source),
                new Report.Fact(t.t("Mieszkańcy", "Residents"), m.residents == null ? "—" : t.number(BigDecimal.valueOf(m.residents))
                        + (m.residentsDate == null ? "" : " (" + m.residentsDate + ")"), m.source),
                new Report.Fact(t.t("Programy", "Programmes"), covered.stream().map(p -> names.get(p.id)).reduce((a, b) -> a + ", " + b)
                        .orElse("—"), null),
                new Report.Fact(t.t("Obszary", "Areas"), Integer.toString(areas.size()), null),
                new Report.Fact(t.t("Projekty", "Projects"), projects.size() + (illustrativeProjects == 0 ? ""
                        : t.t(" (w tym z danymi ilustracyjnymi: ", " (with illustrative data: ") + illustrativeProjects + ")"), null),
                new Report.Fact(t.t("Wartość projektów", "Value of the projects"), t.money(money), null),
                new Report.Fact(t.t("Wskaźniki", "Indicators"), Integer.toString(indicators.size()), null),
                new Report.Fact(t.t("Statusy postępu na danych ilustracyjnych", "Progress statuses on illustrative data"),
                        rollup.provenance().illustrative() + t.t(" z ", " of ") + rollup.provenance().statuses(), null),
                // why: the SDG 11 titles are the UN's official wording of one framework version; the report says which.
                new Report.Fact(t.t("Brzmienie celów i wskaźników SDG 11", "Wording of the SDG 11 targets and indicators"),
                        t.t(framework.titlePl(), framework.titleEn()) + t.t(" (wersja z ", " (version of ")
                                + framework.versionDate() + ")", framework.source()),
                new Report.Fact(t.t("Ewaluacje", "Evaluations"), Integer.toString(evaluations.size()), null),
                new Report.Fact(t.t("Rekomendacje", "Recommendations"), Integer.toString(recommendations.size()), null));
        List<Report.ProgrammeItem> lineageItems = lineage.stream()
                .map(p -> new Report.ProgrammeItem(p.id, p.name, p.shortName, p.legalBasis == null ? null : p.legalBasis.name(),
                        t.label(p.status), p.periodFrom + "–" + (p.periodTo == null ? "" : p.periodTo),
                        programmes.predecessorId(p), programmeId != null && programmeId.equals(p.id)))
                .toList();
        Report.Summary summary = new Report.Summary(t.t("1. Podsumowanie i ciągłość programów", "1. Summary and lineage"),
                m.teryt, m.name, m.voivodeship, facts, t.t("Ciągłość programów", "Lineage of the programmes"), lineageItems);

        // areas
        List<Report.AreaItem> areaItems = new ArrayList<>();
        for (Area a : areas) {
            List<Subarea> subs = a.subareas.stream().sorted(Comparator.comparingInt((Subarea s) -> s.position)
                    .thenComparing(s -> s.id)).toList();
            List<Svg.Shape> shapes = new ArrayList<>();
            List<String> without = new ArrayList<>();
            List<Report.SubareaItem> items = new ArrayList<>();
            for (Subarea s : subs) {
                boolean has = !Svg.rings(s.geometry).isEmpty();
                if (has) {
                    shapes.add(new Svg.Shape(s.code, s.geometry));
                } else {
                    without.add(s.code);
                }
                items.add(new Report.SubareaItem(s.code, s.name, s.areaHa == null ? "—" : t.number(s.areaHa),
                        s.residents == null ? "—" : t.number(BigDecimal.valueOf(s.residents)), has, s.source,
                        Provenance.illustrative(s.source)));
            }
            String label = t.t("Mapa: ", "Map: ") + a.name;
            areaItems.add(new Report.AreaItem(a.id, names.get(a.programme.id), t.label(a.kind), a.name, items, without,
                    without.isEmpty() ? null : t.t("Bez granic (nie na mapie): ", "Without a boundary (not on the map): ")
                            + String.join(", ", without),
                    Svg.map(shapes, label)));
        }
        Report.AreasSection areasSection = new Report.AreasSection(t.t("2. Obszary", "2. Areas"),
                t.t("Brak obszarów.", "No areas."),
                List.of(t.t("Kod", "Code"), t.t("Nazwa", "Name"), t.t("Powierzchnia [ha]", "Area [ha]"),
                        t.t("Mieszkańcy", "Residents")), areaItems);

        // projects by target
        List<Report.TargetGroup> groups = new ArrayList<>();
        for (Sdg11Rollup.Target target : rollup.targets()) {
            List<Project> in = projects.stream().filter(x -> x.sdgTargets.contains(target.code())).toList();
            if (!in.isEmpty()) {
                groups.add(group(t, target.code(), target.code() + " " + t.t(target.titlePl(), target.titleEn()), in, names));
            }
        }
        List<Project> none = projects.stream().filter(x -> x.sdgTargets.isEmpty()).toList();
        if (!none.isEmpty()) {
            groups.add(group(t, null, t.t("Bez celu SDG 11", "Without an SDG 11 target"), none, names));
        }
        Report.ProjectsSection projectsSection = new Report.ProjectsSection(
                t.t("3. Projekty według celów szczegółowych SDG 11", "3. Projects by SDG 11 target"), groups,
                t.t("Brak projektów.", "No projects."));

        // indicators
        List<Report.IndicatorItem> indicatorItems = new ArrayList<>();
        for (Indicator i : indicators) {
            SortedMap<Integer, BigDecimal> obs = series.getOrDefault(i.id, new TreeMap<>());
            Progress progress = progressRules.progress(i, obs);
            List<Report.Point> points = obs.entrySet().stream().map(e -> new Report.Point(e.getKey(), plain(e.getValue()), t.decimal(e.getValue()))).toList();
            String name = t.t(i.namePl, i.nameEn == null ? i.namePl : i.nameEn);
            String mapping = i.sdgTarget == null ? "—" : i.sdgRelation == SdgRelation.UN_INDICATOR
                    ? t.t("wskaźnik ONZ ", "UN indicator ") + i.sdgIndicator
                    : t.t("wskaźnik zastępczy celu ", "proxy for target ") + i.sdgTarget
                            + (i.sdgIndicator == null ? "" : t.t(" (w miejsce wskaźnika ONZ ", " (standing in for UN indicator ")
                                    + i.sdgIndicator + ")");
            indicatorItems.add(new Report.IndicatorItem(i.id, names.get(i.programme.id), i.code, name, i.unit, i.sdgTarget,
                    t.t("wartość bazowa ", "baseline ") + yearValue(t, i.baselineYear, i.baselineValue),
                    t.t("cel ", "target ") + yearValue(t, i.targetYear, i.targetValue), points,
                    progress.status() == null ? "CONTEXT" : progress.status().name(),
                    progress.status() == null ? t.t("wskaźnik kontekstowy: bez oceny postępu", "context indicator: no progress status")
                            : t.label(progress.status()), t.t(progress.explanationPl(), progress.explanationEn()),
                    t.label(i.level), mapping,
                    progress.degreeOfAchievement() == null ? null : t.t("stopień realizacji: ", "degree of achievement: ")
                            + t.number(progress.degreeOfAchievement().movePointRight(2)) + "%",
                    i.source, Provenance.illustrative(i.source) || illustrativeSeries.contains(i.id),
                    Svg.chart(obs, i.baselineYear, i.baselineValue, i.targetYear, i.targetValue, i.code + " " + name,
                            t.t("obserwacje", "observations"), t.t("wartość bazowa", "baseline"), t.t("cel", "target"))));
        }
        Report.IndicatorsSection indicatorsSection = new Report.IndicatorsSection(t.t("4. Wskaźniki i postęp",
                "4. Indicators and progress"), t.t("Brak wskaźników.", "No indicators."),
                t.t(rollup.provenance().statementPl(), rollup.provenance().statementEn()), indicatorItems);

        // compliance (art. 22 depends on today's date: same day, same result)
        List<Report.ComplianceItem> complianceItems = new ArrayList<>();
        for (Programme p : covered) {
            ComplianceReport c = compliance.programme(p.id);
            List<Report.CheckItem> checks = new ArrayList<>();
            for (Check check : c.checks()) {
                checks.add(new Report.CheckItem(check.id(), check.article(), check.subject(), check.result().name(),
                        t.label(check.result()), t.t(check.explanationPl(), check.explanationEn()),
                        check.basis() == null ? null : t.t(check.basis().citationPl(), check.basis().citationEn())));
            }
            complianceItems.add(new Report.ComplianceItem(names.get(p.id), t.t("spełnione: ", "pass: ") + c.summary().pass()
                    + t.t(", niespełnione: ", ", fail: ") + c.summary().fail()
                    + t.t(", nierozstrzygnięte: ", ", unknown: ") + c.summary().unknown()
                    + t.t(", nie dotyczy: ", ", not applicable: ") + c.summary().notApplicable(),
                    t.t(c.rules().explanationPl(), c.rules().explanationEn()), checks));
        }
        Report.ComplianceSection complianceSection = new Report.ComplianceSection(
                t.t("5. Zgodność z przepisami", "5. Compliance with the rules"), complianceItems);

        // evaluations
        List<Report.EvaluationItem> evaluationItems = new ArrayList<>();
        for (Evaluation e : evaluations) {
            List<Report.FindingItem> findings = new ArrayList<>();
            for (Finding f : e.findings) {
                findings.add(new Report.FindingItem(f.title(), f.text(), f.sdgTarget()));
            }
            evaluationItems.add(new Report.EvaluationItem(e.id, names.get(e.programme.id), t.label(e.type),
                    e.date == null ? "—" : e.date.toString(), e.author == null ? "—" : e.author,
                    e.acceptedOn == null && e.acceptedBy == null ? null : t.t("przyjęta przez: ", "accepted by: ")
                            + (e.acceptedBy == null ? "—" : e.acceptedBy) + (e.acceptedOn == null ? "" : ", " + e.acceptedOn),
                    findings));
        }
        Report.EvaluationsSection evaluationsSection = new Report.EvaluationsSection(
                t.t("6. Wnioski z ewaluacji", "6. Evaluation findings"), t.t("Brak ewaluacji.", "No evaluations."), evaluationItems);

        // recommendations
        List<Report.RecommendationItem> recommendationItems = new ArrayList<>();
        for (Recommendation r : recommendations) {
            recommendationItems.add(new Report.RecommendationItem(r.id, names.get(r.programme.id), r.title, r.text,
                    t.label(r.priority), t.label(r.status), r.owner, r.dueDate == null ? "—" : r.dueDate.toString(),
                    r.sdgTargets.isEmpty() ? "—" : String.join(", ", new TreeSet<>(r.sdgTargets))));
        }
        Report.RecommendationsSection recommendationsSection = new Report.RecommendationsSection(
                t.t("7. Rekomendacje", "7. Recommendations"), t.t("Brak rekomendacji.", "No recommendations."), recommendationItems);

        String generatedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
        return new Report(t.t(TITLE_PL, TITLE_EN), pl ? "pl" : "en", programmeId == null ? "municipality" : "programme",
                programmeId, generatedAt, t.t("Wygenerowano", "Generated"),
                new Report.Labels(t.t("Źródło", "Source"), t.t("dane ilustracyjne, nieoficjalne", "illustrative figures, not official")),
                summary, areasSection, projectsSection,
                indicatorsSection, complianceSection, evaluationsSection, recommendationsSection);
    }

    private static Report.TargetGroup group(T t, String code, String title, List<Project> in, Map<Long, String> names) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        List<Report.ProjectItem> items = new ArrayList<>();
        for (Project x : in) {
            BigDecimal a = amount(x);
            if (a != null) {
                total = total.add(a);
            }
            items.add(new Report.ProjectItem(x.id, names.get(x.programme.id), x.title,
                    x.kind == null ? t.t("rodzaj: nie zapisano", "kind: not recorded") : t.label(x.kind),
                    x.status == null ? t.t("status nieodnotowany", "status not recorded") : t.label(x.status), a,
                    a == null ? t.t("kwota nieznana", "amount unknown") : t.money(a), x.source, Provenance.illustrative(x.source)));
        }
        return new Report.TargetGroup(code, title, in.size(), total, t.money(total),
                t.t("Projekty: ", "Projects: ") + in.size() + t.t(", łączna wartość: ", ", total value: ") + t.money(total), items);
    }

    /** The total cost, else the estimated value; null when neither is known. */
    private static BigDecimal amount(Project x) {
        BigDecimal a = x.totalCost != null ? x.totalCost : x.estimatedValue;
        return a == null ? null : a.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static String yearValue(T t, Integer year, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return (year == null ? "" : year + ": ") + t.decimal(value);
    }

    /** The strings of one language. */
    static final class T {
        final boolean pl;

        T(boolean pl) {
            this.pl = pl;
        }

        String t(String pl, String en) {
            return this.pl ? pl : en;
        }

        String label(Enum<?> e) {
            if (e == null) {
                return "—";
            }
            String[] l = LABELS.get(e.name());
            return l == null ? e.name() : l[pl ? 0 : 1];
        }

        /** Grouped with spaces (pl) or commas (en), two decimals, then PLN. */
        String money(BigDecimal v) {
            return format(v.setScale(2, RoundingMode.HALF_UP), "#,##0.00") + " PLN";
        }

        String number(BigDecimal v) {
            return format(v, "#,##0.##");
        }

        /** Every significant decimal, grouped. */
        String decimal(BigDecimal v) {
            return format(v, "#,##0.##########");
        }

        private String format(BigDecimal v, String pattern) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setGroupingSeparator(pl ? ' ' : ',');
            symbols.setDecimalSeparator(pl ? ',' : '.');
            DecimalFormat f = new DecimalFormat(pattern, symbols);
            f.setParseBigDecimal(true);
            return f.format(v);
        }
    }
}
