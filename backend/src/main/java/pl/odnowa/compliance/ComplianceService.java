package pl.odnowa.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.area.Area;
import pl.odnowa.area.AreaKind;
import pl.odnowa.area.AreaRepository;
import pl.odnowa.area.Subarea;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.evaluation.ActRules;
import pl.odnowa.evaluation.ActThresholds;
import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.CheckResult;
import pl.odnowa.evaluation.EvaluationRepository;
import pl.odnowa.evaluation.GprContents;
import pl.odnowa.evaluation.MunicipalityFacts;
import pl.odnowa.evaluation.SubareaFacts;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.indicator.IndicatorLevel;
import pl.odnowa.municipality.Municipality;
import pl.odnowa.municipality.MunicipalityRepository;
import pl.odnowa.programme.LegalBasis;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectKind;
import pl.odnowa.project.ProjectRepository;
import pl.odnowa.security.Access;

/**
 * Builds the inputs of {@link ActRules} from a programme's data (or a draft area) and runs the checks. Read-only.
 */
@ApplicationScoped
public class ComplianceService {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    private final ProgrammeRepository programmes;
    private final MunicipalityRepository municipalities;
    private final AreaRepository areas;
    private final ProjectRepository projects;
    private final EvaluationRepository evaluations;
    private final ComplianceConfig config;
    private final Access access;

    ComplianceService(ProgrammeRepository programmes, MunicipalityRepository municipalities, AreaRepository areas,
            ProjectRepository projects, EvaluationRepository evaluations, ComplianceConfig config, Access access) {
        this.access = access;
        this.programmes = programmes;
        this.municipalities = municipalities;
        this.areas = areas;
        this.projects = projects;
        this.evaluations = evaluations;
        this.config = config;
    }

    ActRules rules() {
        return new ActRules(new ActThresholds(config.maxAreaSharePct(), config.maxResidentsSharePct(),
                config.evaluationIntervalYears(), config.specialZoneMaxYears(), config.areaTolerancePct(),
                config.containmentToleranceFraction(), config.containmentToleranceM2()));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public ComplianceReport programme(long id) {
        Programme p = VersionedEntity.findOr404(programmes, id, "programme");
        access.requireVisible(p.published, p.municipalityTeryt(), "programme", id);
        ActRules rules = rules();
        Area degraded = null;
        Area revitalisation = null;
        for (Area a : areas.list("programme.id = ?1", id)) {
            if (a.kind == AreaKind.DEGRADED) {
                degraded = a;
            } else {
                revitalisation = a;
            }
        }
        List<SubareaFacts> deg = facts(degraded);
        List<SubareaFacts> rev = facts(revitalisation);
        List<Check> checks = new ArrayList<>();
        checks.addAll(areaChecks(rules, municipalityFacts(p.municipality), deg, rev, degraded != null,
                revitalisation != null));
        checks.addAll(rules.areaMatches(withGeometry(deg)));
        checks.addAll(rules.areaMatches(withGeometry(rev)));
        OffsetDateTime generatedAt = now();
        LocalDate today = generatedAt.atZoneSameInstant(ZONE).toLocalDate();
        boolean gpr = p.legalBasis == LegalBasis.GPR;
        if (gpr) {
            checks.add(rules.art22(p.resolutionDate, evaluations.latestDate(id), today));
            checks.add(rules.art25(p.specialZoneEstablished, p.specialZoneStart, p.specialZoneEnd));
            checks.add(rules.art15(gprContents(p)));
        } else {
            checks.add(notApplicable("ART_22_EVALUATION_DUE", "art. 22", "The mayor assesses the programme's currency and"
                    + " progress at least every " + config.evaluationIntervalYears() + " years.", p.legalBasis));
            checks.add(notApplicable("ART_25_SSR_DURATION", "art. 25", "A special revitalisation zone lasts at most "
                    + config.specialZoneMaxYears() + " years, with no extension.", p.legalBasis));
            checks.add(notApplicable("ART_15_GPR_CONTENTS", "art. 15 ust. 1", "A GPR contains the elements art. 15"
                    + " ust. 1 lists.", p.legalBasis));
        }
        return ComplianceReport.of(p.id, p.municipality.teryt, generatedAt, today, checks);
    }

    /**
     * art. 10 ust. 2, art. 9, art. 10 ust. 3 and containment. When only one area exists it is used for every check
     * and the explanations say so.
     */
    List<Check> areaChecks(ActRules rules, MunicipalityFacts municipality, List<SubareaFacts> deg,
            List<SubareaFacts> rev, boolean hasDegraded, boolean hasRevitalisation) {
        List<Check> checks = new ArrayList<>();
        String[] revNote = !hasRevitalisation && hasDegraded
                ? new String[] {" Uwaga: brak obszaru rewitalizacji — użyto podobszarów obszaru zdegradowanego.",
                        " Note: there is no revitalisation area — the degraded area's subareas were used."}
                : null;
        String[] degNote = !hasDegraded && hasRevitalisation
                ? new String[] {" Uwaga: brak obszaru zdegradowanego — użyto podobszarów obszaru rewitalizacji.",
                        " Note: there is no degraded area — the revitalisation area's subareas were used."}
                : null;
        List<SubareaFacts> forArt10 = hasRevitalisation ? rev : deg;
        List<SubareaFacts> forArt9 = hasDegraded ? deg : rev;
        for (Check c : rules.art10Section2(municipality, forArt10)) {
            checks.add(note(c, revNote));
        }
        if (forArt9.isEmpty()) {
            checks.add(new Check("ART_9_CRISIS", "art. 9 ust. 1", "Each subarea of the degraded area shows negative social"
                    + " phenomena and at least one of economic, environmental, spatial-functional or technical ones.",
                    null, CheckResult.UNKNOWN, List.of("degradedArea.subareas"), Map.of(),
                    "Nie ma podobszarów obszaru zdegradowanego (ani rewitalizacji), więc nie można sprawdzić zjawisk"
                            + " kryzysowych.",
                    "There are no degraded (or revitalisation) subareas, so the crisis phenomena cannot be checked."));
        } else {
            for (Check c : rules.art9(forArt9)) {
                checks.add(note(c, degNote));
            }
        }
        if (forArt10.isEmpty()) {
            checks.add(new Check("ART_10_3_UNINHABITED_LAND", "art. 10 ust. 3", "Uninhabited post-industrial,"
                    + " post-military or post-railway land may be included only with a justification that the actions"
                    + " there counteract the social problems.", null, CheckResult.UNKNOWN,
                    List.of("revitalisationArea.subareas"), Map.of(),
                    "Nie ma podobszarów rewitalizacji, więc nie można sprawdzić rodzaju terenu.",
                    "There are no revitalisation subareas, so the land types cannot be checked."));
        } else {
            for (Check c : rules.art10Section3(forArt10)) {
                checks.add(note(c, revNote));
            }
        }
        if (hasDegraded && hasRevitalisation) {
            checks.add(rules.withinDegradedArea(rev, deg));
        } else {
            checks.add(new Check("ART_10_1_WITHIN_DEGRADED", "art. 10 ust. 1",
                    "The revitalisation area lies within the degraded area.", null, CheckResult.UNKNOWN,
                    hasDegraded ? List.of("revitalisationArea") : hasRevitalisation ? List.of("degradedArea")
                            : List.of("degradedArea", "revitalisationArea"),
                    Map.of(),
                    "Położenia obszaru rewitalizacji względem zdegradowanego nie można sprawdzić: potrzebne są oba"
                            + " obszary" + (hasDegraded ? " (brak obszaru rewitalizacji)."
                                    : hasRevitalisation ? " (brak obszaru zdegradowanego)." : " (brak obu)."),
                    "Whether the revitalisation area lies within the degraded area cannot be checked: both areas are"
                            + " needed" + (hasDegraded ? " (the revitalisation area is missing)."
                                    : hasRevitalisation ? " (the degraded area is missing)." : " (both are missing).")));
        }
        return checks;
    }

    private static Check note(Check c, String[] note) {
        if (note == null) {
            return c;
        }
        return new Check(c.id(), c.article(), c.rule(), c.subject(), c.result(), c.missing(), c.figures(),
                c.explanationPl() + note[0], c.explanationEn() + note[1]);
    }

    private static Check notApplicable(String id, String article, String rule, LegalBasis basis) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("legalBasis", basis == null ? null : basis.name());
        figures.put("applicable", false);
        return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of(), figures,
                "Nie dotyczy: program nie jest gminnym programem rewitalizacji (podstawa prawna " + basis
                        + "), a " + article + " dotyczy tylko GPR.",
                "Not applicable: the programme is not a municipal revitalisation programme (legal basis " + basis
                        + "), and " + article + " applies only to a GPR.");
    }

    static MunicipalityFacts municipalityFacts(Municipality m) {
        return new MunicipalityFacts(m.name, m.areaKm2, m.residents, m.residentsDate);
    }

    private static List<SubareaFacts> facts(Area area) {
        if (area == null) {
            return List.of();
        }
        List<SubareaFacts> result = new ArrayList<>();
        for (Subarea s : area.subareas) {
            result.add(new SubareaFacts(s.code, s.name, s.areaHa, s.residents, s.residentsDate, s.social, s.economic,
                    s.environmental, s.spatialFunctional, s.technical, s.crisisEvidence, s.landType,
                    s.landJustification, s.geometry));
        }
        return result;
    }

    static List<SubareaFacts> withGeometry(List<SubareaFacts> subareas) {
        return subareas.stream().filter(s -> s.geometry() != null && !s.geometry().isBlank()).toList();
    }

    /**
     * Art. 15 ust. 1 contents as far as the data model tells them (see {@link GprContents}): what it does not hold
     * (diagnosis, links to strategic documents, directions, management) stays null, so the check is UNKNOWN at best.
     */
    GprContents gprContents(Programme p) {
        List<Project> all = projects.list("programme.id = ?1 order by id", p.id);
        List<Indicator> indicators = projects.getEntityManager()
                .createQuery("from Indicator i where i.programme.id = :p order by i.id", Indicator.class)
                .setParameter("p", p.id).getResultList();
        List<Project> basic = all.stream().filter(x -> x.kind == ProjectKind.BASIC).toList();
        List<GprContents.BasicProject> basicProjects = null;
        if (!all.isEmpty()) {
            basicProjects = new ArrayList<>();
            for (Project x : basic) {
                List<Indicator> own = indicators.stream()
                        .filter(i -> i.project != null && i.project.id.equals(x.id)
                                && (i.level == IndicatorLevel.OUTPUT || i.level == IndicatorLevel.RESULT)
                                && i.targetValue != null)
                        .toList();
                Boolean forecast = own.isEmpty() ? null : Boolean.TRUE;
                Boolean measurement = own.isEmpty() ? null
                        : own.stream().allMatch(i -> i.unit != null && !i.unit.isBlank() && i.source != null
                                && !i.source.isBlank()) ? Boolean.TRUE : null;
                basicProjects.add(new GprContents.BasicProject(x.title, List.copyOf(x.implementingEntities), x.scope,
                        x.location, x.estimatedValue, forecast, measurement));
            }
        }
        Boolean complementary = all.stream().anyMatch(x -> x.kind == ProjectKind.COMPLEMENTARY) ? Boolean.TRUE : null;
        Boolean financing = all.stream().anyMatch(x -> !x.funding.isEmpty()) ? Boolean.TRUE : null;
        Boolean schedule = basic.isEmpty() ? null
                : basic.stream().allMatch(x -> x.plannedStart != null && x.plannedEnd != null) ? Boolean.TRUE : null;
        Boolean monitoring = indicators.stream().anyMatch(i -> i.level == IndicatorLevel.RESULT && i.targetValue != null)
                ? Boolean.TRUE : null;
        return new GprContents(null, null, p.vision != null && !p.vision.isBlank(), p.goals.size(), null,
                basicProjects, complementary, financing, null, schedule, monitoring);
    }

    /** The draft-area validator: nothing is read but the municipality, nothing is written. */
    public ComplianceReport draft(String teryt, DraftArea draft) {
        if (teryt == null || teryt.isBlank()) {
            throw ApiException.badRequest("municipality", "is required: the TERYT code of the municipality");
        }
        if (!teryt.matches("[0-9]{7}")) {
            throw ApiException.badRequest("municipality", "must be a 7-digit TERYT code");
        }
        Municipality m = municipalities.findByIdOptional(teryt)
                .orElseThrow(() -> ApiException.unknownReference("municipality", "municipality", teryt));
        ActRules rules = rules();
        List<Check> checks = new ArrayList<>(areaChecks(rules, municipalityFacts(m), draft.degraded(),
                draft.revitalisation(), !draft.degraded().isEmpty(), !draft.revitalisation().isEmpty()));
        Set<String> computed = draft.computedAreaCodes();
        checks.addAll(rules.areaMatches(withGeometry(draft.degraded()).stream()
                .filter(s -> !computed.contains("DEGRADED:" + s.code())).toList()));
        checks.addAll(rules.areaMatches(withGeometry(draft.revitalisation()).stream()
                .filter(s -> !computed.contains("REVITALISATION:" + s.code())).toList()));
        OffsetDateTime generatedAt = now();
        return ComplianceReport.of(null, m.teryt, generatedAt, generatedAt.atZoneSameInstant(ZONE).toLocalDate(),
                checks);
    }

}
