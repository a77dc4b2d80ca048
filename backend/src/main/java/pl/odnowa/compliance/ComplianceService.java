package pl.odnowa.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.area.Area;
import pl.odnowa.area.AreaKind;
import pl.odnowa.area.AreaRepository;
import pl.odnowa.area.Subarea;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.committee.CommitteeRepository;
import pl.odnowa.consultation.ConsultationRepository;
import pl.odnowa.consultation.ConsultationRules;
import pl.odnowa.evaluation.ActRules;
import pl.odnowa.evaluation.ActThresholds;
import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.CheckResult;
import pl.odnowa.evaluation.Evaluation;
import pl.odnowa.evaluation.EvaluationRepository;
import pl.odnowa.evaluation.GprContents;
import pl.odnowa.evaluation.LegalBasisOfCheck;
import pl.odnowa.evaluation.MunicipalityFacts;
import pl.odnowa.evaluation.ProgrammeRules;
import pl.odnowa.evaluation.SubareaFacts;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.indicator.IndicatorLevel;
import pl.odnowa.municipality.Municipality;
import pl.odnowa.municipality.MunicipalityRepository;
import pl.odnowa.evaluation.EvaluationType;
import pl.odnowa.procedure.ProcedureStep;
import pl.odnowa.procedure.ProcedureStepKind;
import pl.odnowa.procedure.ProcedureStepRepository;
import pl.odnowa.programme.LegalBasis;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeContents;
import pl.odnowa.programme.ProgrammeContents.ContentNeed;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectKind;
import pl.odnowa.project.ProjectRepository;
import pl.odnowa.project.ProjectStatus;
import pl.odnowa.security.Access;

/**
 * Chooses the rules that govern a programme, builds their inputs from its data (or a draft area) and runs the checks.
 * Read-only. A GPR is judged by the Revitalisation Act; a programme adopted under the Act on municipal self-government
 * (PR) running in the 2014–2020 framework by the national guidelines, which carried the same crisis and 20 %/30 %
 * tests; art. 52 of the Act governs PR programmes' projects.
 */
@ApplicationScoped
public class ComplianceService {

    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");

    /** The guidelines' names for the area rules they share with the Act (art. 10 ust. 3 is the Act's own). */
    private static final Map<String, String[]> GUIDELINE_IDS = Map.of(
            "ART_9_CRISIS", new String[] {"GUIDELINES_DEGRADED_CRISIS", "definicja obszaru zdegradowanego"},
            "ART_10_2_AREA", new String[] {"GUIDELINES_AREA_SHARE", "definicja obszaru rewitalizacji (20% powierzchni)"},
            "ART_10_2_RESIDENTS", new String[] {"GUIDELINES_RESIDENTS_SHARE", "definicja obszaru rewitalizacji (30% mieszkańców)"},
            "ART_10_1_WITHIN_DEGRADED", new String[] {"GUIDELINES_WITHIN_DEGRADED", "definicja obszaru rewitalizacji"});

    private static final Set<ProjectStatus> RUNNING = EnumSet.of(ProjectStatus.PIPELINE, ProjectStatus.IMPLEMENTATION,
            ProjectStatus.SUSPENDED);

    private final ProgrammeRepository programmes;
    private final MunicipalityRepository municipalities;
    private final AreaRepository areas;
    private final ProjectRepository projects;
    private final EvaluationRepository evaluations;
    private final ComplianceConfig config;
    private final Access access;
    private final ProcedureStepRepository steps;
    private final ConsultationRepository consultations;
    private final CommitteeRepository committees;

    ComplianceService(ProgrammeRepository programmes, MunicipalityRepository municipalities, AreaRepository areas,
            ProjectRepository projects, EvaluationRepository evaluations, ComplianceConfig config, Access access,
            ProcedureStepRepository steps, ConsultationRepository consultations, CommitteeRepository committees) {
        this.steps = steps;
        this.committees = committees;
        this.consultations = consultations;
        this.access = access;
        this.programmes = programmes;
        this.municipalities = municipalities;
        this.areas = areas;
        this.projects = projects;
        this.evaluations = evaluations;
        this.config = config;
    }

    ActThresholds thresholds() {
        return new ActThresholds(config.maxAreaSharePct(), config.maxResidentsSharePct(),
                config.evaluationIntervalYears(), config.specialZoneMaxYears(), config.areaTolerancePct(),
                config.containmentToleranceFraction(), config.containmentToleranceM2());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public ComplianceReport programme(long id) {
        Programme p = VersionedEntity.findOr404(programmes, id, "programme");
        access.requireVisible(p.published, p.municipalityTeryt(), "programme", id);
        ActRules rules = new ActRules(thresholds());
        ProgrammeRules programmeRules = new ProgrammeRules(thresholds());
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
        OffsetDateTime generatedAt = now();
        LocalDate today = generatedAt.atZoneSameInstant(ZONE).toLocalDate();
        LegalBasisOfCheck basis = basisOf(p);
        List<Project> own = visibleProjects(p);

        List<Check> checks = new ArrayList<>();
        if (basis != null) {
            List<Check> area = areaChecks(rules, municipalityFacts(p.municipality), deg, rev, degraded != null,
                    revitalisation != null);
            checks.addAll(basis == LegalBasisOfCheck.ACT_2015 ? area : underGuidelines(area));
        }
        checks.addAll(rules.areaMatches(withGeometry(deg)));
        checks.addAll(rules.areaMatches(withGeometry(rev)));
        if (basis == LegalBasisOfCheck.ACT_2015) {
            ProcedureInputs inputs = procedureInputs(p);
            List<ProgrammeRules.Assessment> assessments = inputs.assessments();
            LocalDate adoption = inputs.adoption();
            ProcedureStep committeeRules = inputs.committeeRules();
            checks.add(programmeRules.art15(gprContents(p, own)));
            checks.add(programmeRules.art7(adoption, committeeRules == null ? null : committeeRules.id, committeeRules == null ? null : committeeRules.date,
                    config.committeeRulesMonths(), today));
            checks.add(programmeRules.art22(adoption, assessments, today));
            checks.addAll(programmeRules.art22Records(assessments));
            checks.addAll(consultationRules().checks(consultations.ofProgramme(p.id), today));
            checks.add(programmeRules.art25(p.specialZoneEstablished, p.specialZoneStart, p.specialZoneEnd));
            checks.add(programmeRules.art25WithinArea(p.specialZoneEstablished, p.specialZoneGeometry, rev));
            if (p.predecessor != null && p.predecessor.legalBasis == LegalBasis.PR && visible(p.predecessor)) {
                checks.add(programmeRules.art52Continuation(p.predecessor.name,
                        revitalisation == null ? null : revitalisation.designationDate));
            }
        }
        if (p.legalBasis == LegalBasis.PR) {
            checks.add(art52(p, own, today));
        }
        return ComplianceReport.of(p.id, p.municipality.teryt, generatedAt, today, rulesOf(p, basis), checks);
    }

    /**
     * The procedure facts the dated rules (art. 7, art. 22) read, shared with the list of what is due: the adoption
     * (the programme's resolution date, else the first dated ADOPTION step), the assessments (periodic evaluations
     * and ASSESSMENT steps) and the COMMITTEE_RULES step (a dated one first).
     *
     * @param adoptionStep the ADOPTION step the date comes from; null when it is the programme's resolutionDate or none
     */
    public record ProcedureInputs(LocalDate adoption, ProcedureStep adoptionStep, List<ProgrammeRules.Assessment> assessments,
            ProcedureStep committeeRules) {
    }

    public ProcedureInputs procedureInputs(Programme p) {
        List<ProcedureStep> procedure = steps.ofProgramme(p.id);
        List<ProgrammeRules.Assessment> assessments = new ArrayList<>(evaluations.list("programme.id = ?1 order by id", p.id)
                .stream().map(ComplianceService::assessment).toList());
        // why: an art. 22 assessment recorded as a procedure step counts like a periodic evaluation, and an opinion the
        // committee's record links to the step is the committee's opinion art. 22 ust. 2 asks for.
        Set<Long> opined = committees.stepsWithOpinion(p.id);
        procedure.stream().filter(s -> s.kind == ProcedureStepKind.ASSESSMENT).map(s -> assessment(s, opined.contains(s.id)))
                .forEach(assessments::add);
        ProcedureStep adoptionStep = p.resolutionDate != null ? null : procedure.stream()
                .filter(s -> s.kind == ProcedureStepKind.ADOPTION && s.date != null).findFirst().orElse(null);
        LocalDate adoption = p.resolutionDate != null ? p.resolutionDate : adoptionStep == null ? null : adoptionStep.date;
        ProcedureStep committeeRules = procedure.stream().filter(s -> s.kind == ProcedureStepKind.COMMITTEE_RULES)
                .filter(s -> s.date != null).findFirst()
                .orElse(procedure.stream().filter(s -> s.kind == ProcedureStepKind.COMMITTEE_RULES).findFirst().orElse(null));
        return new ProcedureInputs(adoption, adoptionStep, List.copyOf(assessments), committeeRules);
    }

    /** {@code ART_52_PR_PROJECTS} of a PR programme on {@code today}, shared with the list of what is due. */
    public Check art52(Programme p, LocalDate today) {
        return art52(p, visibleProjects(p), today);
    }

    private Check art52(Programme p, List<Project> own, LocalDate today) {
        String continuing = programmes.list("predecessor.id = ?1 and legalBasis = ?2", p.id, LegalBasis.GPR).stream()
                .filter(this::visible).map(g -> g.name).findFirst().orElse(null);
        return new ProgrammeRules(thresholds()).art52Projects(own.stream().map(ComplianceService::dates).toList(),
                config.art52Deadline(), today, continuing);
    }

    /*
     * why: the checks are worked out from what the caller may read. A draft project (and its indicators), or a draft
     * programme that continues or is continued by this one, would otherwise reach a reader who may not see drafts by
     * its title in an explanation, its id in a list of what is missing, or a count (and from there the list of what
     * is due and the assessment dossier).
     */
    private List<Project> visibleProjects(Programme p) {
        return access.canSeeDrafts(p.municipalityTeryt()) ? projects.list("programme.id = ?1 order by id", p.id)
                : projects.list("programme.id = ?1 and published = true order by id", p.id);
    }

    private boolean visible(Programme p) {
        return access.canSee(p.published, p.municipalityTeryt());
    }

    /** Today in the city's time zone (Europe/Warsaw), the day the dated rules are compared with. */
    public static LocalDate today() {
        return now().atZoneSameInstant(ZONE).toLocalDate();
    }

    public ProgrammeRules programmeRules() {
        return new ProgrammeRules(thresholds());
    }

    /** The art. 6 checks with the configured limits, shared with the list of what is due (the summary's deadline). */
    public ConsultationRules consultationRules() {
        return new ConsultationRules(new ConsultationRules.Limits(config.consultationMinDays(), config.consultationMinDaysBefore(),
                config.consultationRulesChange(), config.consultationSummaryDays()));
    }

    public ComplianceConfig config() {
        return config;
    }

    /** The body of rules that governs the programme, or null when none does or its legal basis is not recorded. */
    public LegalBasisOfCheck basisOf(Programme p) {
        if (p.legalBasis == LegalBasis.GPR) {
            return LegalBasisOfCheck.ACT_2015;
        }
        if (p.legalBasis == LegalBasis.PR && (p.periodTo == null || p.periodTo >= config.guidelinesFirstYear())) {
            return LegalBasisOfCheck.GUIDELINES_2014_2020;
        }
        return null;
    }

    private ComplianceReport.Rules rulesOf(Programme p, LegalBasisOfCheck basis) {
        if (basis == LegalBasisOfCheck.ACT_2015) {
            return new ComplianceReport.Rules(basis, basis.citationPl(),
                    "Gminny program rewitalizacji: obowiązują go przepisy ustawy o rewitalizacji (art. 6, 7, 9, 10, 15, 22, 25).",
                    "A municipal revitalisation programme (GPR): the Revitalisation Act governs it (art. 6, 7, 9, 10, 15, 22, 25).");
        }
        if (basis == LegalBasisOfCheck.GUIDELINES_2014_2020) {
            return new ComplianceReport.Rules(basis, basis.citationPl(),
                    "Program przyjęty na podstawie ustawy o samorządzie gminnym (PR), a nie ustawy o rewitalizacji: art. 9,"
                            + " 10, 15, 22 i 25 ustawy go nie obowiązują. Ocenia się go według wytycznych 2014–2020, które"
                            + " wymagały tych samych przesłanek kryzysu oraz limitów 20% powierzchni i 30% mieszkańców; jego"
                            + " przedsięwzięć dotyczy art. 52 ustawy.",
                    "A programme adopted under the Act on municipal self-government (PR), not the Revitalisation Act: its"
                            + " art. 9, 10, 15, 22 and 25 do not govern it. It is judged by the 2014–2020 guidelines, which"
                            + " required the same crisis tests and limits of 20% of the area and 30% of the residents; art. 52"
                            + " of the Act governs its projects.");
        }
        if (p.legalBasis == null) {
            return new ComplianceReport.Rules(null, null,
                    "Nie odnotowano podstawy prawnej programu, więc nie wiadomo, jakie przepisy go obowiązują.",
                    "The programme's legal basis is not recorded, so which rules govern it is not known.");
        }
        if (p.legalBasis == LegalBasis.PR) {
            return new ComplianceReport.Rules(null, null,
                    "Program przyjęty na podstawie ustawy o samorządzie gminnym przed okresem 2014–2020: żadne krajowe"
                            + " przepisy o rewitalizacji nie określały wtedy jego treści ani obszaru (kryteria ustalały"
                            + " regionalne programy operacyjne, których Odnowa nie odwzorowuje); jego przedsięwzięć dotyczy"
                            + " art. 52 ustawy.",
                    "A programme adopted under the Act on municipal self-government before 2014–2020: no national"
                            + " revitalisation rules then set its contents or area (the regional operational programmes set"
                            + " criteria, which Odnowa does not model); art. 52 of the Act governs its projects.");
        }
        return new ComplianceReport.Rules(null, null,
                "Inny dokument strategiczny (IDS): przepisy o programach rewitalizacji go nie obowiązują.",
                "Another strategic document (IDS): the rules on revitalisation programmes do not govern it.");
    }

    /** The area checks restated under the 2014–2020 guidelines (which have no counterpart of art. 10 ust. 3). */
    private static List<Check> underGuidelines(List<Check> actChecks) {
        List<Check> result = new ArrayList<>();
        for (Check c : actChecks) {
            String[] guideline = GUIDELINE_IDS.get(c.id());
            if (guideline != null) {
                result.add(c.under(LegalBasisOfCheck.GUIDELINES_2014_2020, guideline[0], guideline[1]));
            }
        }
        return result;
    }

    /**
     * art. 10 ust. 2, art. 9, art. 10 ust. 3 and containment, each on the area it governs: art. 9 on the degraded
     * subareas, art. 10 on the revitalisation ones. A missing area is never replaced by the other: the checks that
     * need it answer UNKNOWN.
     */
    List<Check> areaChecks(ActRules rules, MunicipalityFacts municipality, List<SubareaFacts> deg,
            List<SubareaFacts> rev, boolean hasDegraded, boolean hasRevitalisation) {
        List<Check> checks = new ArrayList<>();
        if (hasRevitalisation) {
            checks.addAll(rules.art10Section2(municipality, rev));
        } else {
            String rule = "The revitalisation area stays within " + config.maxAreaSharePct() + "% of the municipality's"
                    + " area and " + config.maxResidentsSharePct() + "% of its residents.";
            for (String id : List.of("ART_10_2_AREA", "ART_10_2_RESIDENTS")) {
                checks.add(missingArea(id, "art. 10 ust. 2", rule, "revitalisationArea",
                        "Nie odnotowano obszaru rewitalizacji; limity art. 10 ust. 2 dotyczą tylko niego (obszar zdegradowany"
                                + " nie może go zastąpić).",
                        "No revitalisation area is recorded; the limits of art. 10 ust. 2 apply to it only (the degraded area"
                                + " cannot stand in for it)."));
            }
        }
        String art9Rule = "Each subarea of the degraded area shows negative social phenomena and at least one of economic,"
                + " environmental, spatial-functional or technical ones.";
        if (!hasDegraded) {
            checks.add(missingArea("ART_9_CRISIS", "art. 9 ust. 1", art9Rule, "degradedArea",
                    "Nie odnotowano obszaru zdegradowanego, więc nie można sprawdzić przesłanek art. 9 ust. 1.",
                    "No degraded area is recorded, so the conditions of art. 9 ust. 1 cannot be checked."));
        } else if (deg.isEmpty()) {
            checks.add(missingArea("ART_9_CRISIS", "art. 9 ust. 1", art9Rule, "degradedArea.subareas",
                    "Obszar zdegradowany nie ma podobszarów, więc nie można sprawdzić zjawisk kryzysowych.",
                    "The degraded area has no subareas, so the crisis phenomena cannot be checked."));
        } else {
            checks.addAll(rules.art9(deg));
        }
        String landRule = "Uninhabited post-industrial, post-military or post-railway land may be included only with a"
                + " justification that the actions there counteract the social problems.";
        if (rev.isEmpty()) {
            checks.add(missingArea("ART_10_3_UNINHABITED_LAND", "art. 10 ust. 3", landRule,
                    hasRevitalisation ? "revitalisationArea.subareas" : "revitalisationArea",
                    "Nie ma podobszarów rewitalizacji, więc nie można sprawdzić rodzaju terenu.",
                    "There are no revitalisation subareas, so the land types cannot be checked."));
        } else {
            checks.addAll(rules.art10Section3(rev));
        }
        if (hasDegraded && hasRevitalisation) {
            checks.add(rules.withinDegradedArea(rev, deg));
        } else {
            checks.add(missingArea("ART_10_1_WITHIN_DEGRADED", "art. 10 ust. 1",
                    "The revitalisation area lies within the degraded area.",
                    hasDegraded ? "revitalisationArea" : "degradedArea",
                    "Położenia obszaru rewitalizacji względem zdegradowanego nie można sprawdzić: potrzebne są oba obszary.",
                    "Whether the revitalisation area lies within the degraded area cannot be checked: both areas are"
                            + " needed."));
        }
        return checks;
    }

    private static Check missingArea(String id, String article, String rule, String missing, String pl, String en) {
        return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of(missing), Map.of(), pl, en);
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

    private static ProgrammeRules.Assessment assessment(Evaluation e) {
        return new ProgrammeRules.Assessment(e.id, e.type, e.date,
                (e.committeeOpinion != null && !e.committeeOpinion.isBlank()) || e.committeeOpinionDate != null,
                (e.bipPublication != null && !e.bipPublication.isBlank()) || e.bipPublishedOn != null);
    }

    private static ProgrammeRules.Assessment assessment(ProcedureStep s, boolean committeeOpinion) {
        return new ProgrammeRules.Assessment(s.id, EvaluationType.PERIODIC, s.date, s.committeeOpinionDate != null || committeeOpinion,
                s.bipPublishedOn != null || s.bipUrl != null, "procedureSteps[" + s.id + "]");
    }

    private static ProgrammeRules.ProjectDates dates(Project x) {
        return new ProgrammeRules.ProjectDates(x.id, x.title, x.status == null ? null : RUNNING.contains(x.status),
                x.plannedStart, x.plannedEnd, x.actualStart, x.actualEnd);
    }

    /**
     * Art. 15 contents: what the city recorded of the document ({@link ProgrammeContents}) and what the data shows
     * (basic and other projects, funding, result indicators). Recording the contents makes an empty vision, goal list
     * or project list "absent"; without it they are "not recorded".
     */
    GprContents gprContents(Programme p, List<Project> all) {
        List<Indicator> indicators = projects.getEntityManager()
                .createQuery("from Indicator i left join fetch i.project where i.programme.id = :p order by i.id", Indicator.class)
                .setParameter("p", p.id).getResultList().stream()
                .filter(i -> access.canSee(i.published(), p.municipalityTeryt())).toList();
        ProgrammeContents c = p.contents;
        boolean recorded = c != null;
        Function<Function<ProgrammeContents, Boolean>, Boolean> field = f -> recorded ? f.apply(c) : null;
        Boolean absentIfRecorded = recorded ? Boolean.FALSE : null;
        List<Project> basic = all.stream().filter(x -> x.kind == ProjectKind.BASIC).toList();
        // A project whose kind is not recorded may be a basic one: pkt 5 is then not known to be complete.
        List<String> unclassified = all.stream().filter(x -> x.kind == null).map(x -> x.title).toList();
        List<GprContents.BasicProject> basicProjects = null;
        if (!basic.isEmpty() || recorded) {
            basicProjects = new ArrayList<>();
            for (Project x : basic) {
                List<Indicator> ownIndicators = indicators.stream()
                        .filter(i -> i.project != null && i.project.id.equals(x.id)
                                && (i.level == IndicatorLevel.OUTPUT || i.level == IndicatorLevel.RESULT)
                                && i.targetValue != null)
                        .toList();
                Boolean forecast = ownIndicators.isEmpty() ? null : Boolean.TRUE;
                Boolean measurement = ownIndicators.isEmpty() ? null
                        : ownIndicators.stream().allMatch(i -> i.unit != null && !i.unit.isBlank() && i.source != null
                                && !i.source.isBlank()) ? Boolean.TRUE : null;
                basicProjects.add(new GprContents.BasicProject(x.title, List.copyOf(x.implementingEntities), x.scope,
                        x.location, x.estimatedValue, forecast, measurement));
            }
        }
        Boolean complementary = all.stream().anyMatch(x -> x.kind == ProjectKind.COMPLEMENTARY) ? Boolean.TRUE : null;
        Boolean funding = all.stream().anyMatch(x -> !x.funding.isEmpty()) ? Boolean.TRUE : null;
        Boolean monitoring = indicators.stream().anyMatch(i -> i.level == IndicatorLevel.RESULT && i.targetValue != null)
                ? Boolean.TRUE : null;
        String pkt = "art. 15 ust. 1 pkt ";
        List<GprContents.Element> elements = new ArrayList<>(List.of(
                GprContents.Element.of("contents.diagnosis", pkt + 1, "szczegółowa diagnoza obszaru rewitalizacji",
                        "detailed diagnosis of the revitalisation area", field.apply(ProgrammeContents::diagnosis)),
                GprContents.Element.of("contents.strategicLinks", pkt + 2, "powiązania z dokumentami strategicznymi gminy",
                        "links with the municipality's strategic documents", field.apply(ProgrammeContents::strategicLinks)),
                GprContents.Element.of("vision", pkt + 3, "wizja stanu obszaru po rewitalizacji",
                        "vision of the area after revitalisation", p.vision != null && !p.vision.isBlank() ? Boolean.TRUE
                                : absentIfRecorded),
                GprContents.Element.of("goals", pkt + 4, "cele rewitalizacji", "revitalisation goals",
                        !p.goals.isEmpty() ? Boolean.TRUE : absentIfRecorded),
                GprContents.Element.of("contents.directions", pkt + 4, "kierunki działań", "directions of action",
                        field.apply(ProgrammeContents::directions)),
                GprContents.Element.of("contents.otherProjects", pkt + 6, "charakterystyka pozostałych przedsięwzięć",
                        "characteristics of the other projects", first(field.apply(ProgrammeContents::otherProjects), complementary)),
                GprContents.Element.of("contents.complementarity", pkt + 7, "mechanizmy zapewnienia komplementarności",
                        "mechanisms ensuring complementarity", field.apply(ProgrammeContents::complementarity)),
                GprContents.Element.of("contents.financialFramework", pkt + 8, "szacunkowe ramy finansowe",
                        "estimated financial framework", first(field.apply(ProgrammeContents::financialFramework), funding)),
                GprContents.Element.of("contents.management", pkt + 9, "struktura zarządzania wraz z harmonogramem",
                        "management structure with the schedule", field.apply(ProgrammeContents::management)),
                GprContents.Element.of("contents.monitoring", pkt + 10, "system monitorowania i oceny",
                        "monitoring and evaluation system", first(field.apply(ProgrammeContents::monitoring), monitoring))));
        elements.add(conditional("contents.housing", pkt + 11, "zmiany uchwał dotyczących mieszkaniowego zasobu gminy",
                "changes to the municipal housing resolutions", recorded ? c.housing() : null));
        elements.add(conditional("contents.spatialPlanning", pkt + 12, "zmiany dokumentów planistycznych",
                "changes to the spatial planning documents", recorded ? c.spatialPlanning() : null));
        elements.add(conditional("contents.specialZone", pkt + 13, "wskazanie, czy przewiduje się Specjalną Strefę Rewitalizacji",
                "whether a special revitalisation zone is planned", recorded ? c.specialZone() : null));
        elements.add(conditional("contents.revitalisationPlan", pkt + 14, "wskazanie, czy przewiduje się miejscowy plan rewitalizacji",
                "whether a local revitalisation plan is planned", recorded ? c.revitalisationPlan() : null));
        elements.add(GprContents.Element.of("contents.mapAnnex", "art. 15 ust. 2", "załącznik graficzny (mapa)",
                "map annex", field.apply(ProgrammeContents::mapAnnex)));
        return new GprContents(elements, basicProjects, unclassified);
    }

    private static Boolean first(Boolean recorded, Boolean derived) {
        return recorded != null ? recorded : derived;
    }

    private static GprContents.Element conditional(String path, String provision, String pl, String en, ContentNeed need) {
        return new GprContents.Element(path, provision, pl + " (w zależności od potrzeb)", en + " (where needed)",
                need == null ? null : need != ContentNeed.ABSENT, need == ContentNeed.NOT_NEEDED);
    }

    /** The draft-area validator: nothing is read but the municipality, nothing is written; judged by the Act. */
    public ComplianceReport draft(String teryt, DraftArea draft) {
        if (teryt == null || teryt.isBlank()) {
            throw ApiException.badRequest("municipality", "is required: the TERYT code of the municipality");
        }
        if (!teryt.matches("[0-9]{7}")) {
            throw ApiException.badRequest("municipality", "must be a 7-digit TERYT code");
        }
        Municipality m = municipalities.findByIdOptional(teryt)
                .orElseThrow(() -> ApiException.unknownReference("municipality", "municipality", teryt));
        ActRules rules = new ActRules(thresholds());
        List<Check> checks = new ArrayList<>(areaChecks(rules, municipalityFacts(m), draft.degraded(),
                draft.revitalisation(), !draft.degraded().isEmpty(), !draft.revitalisation().isEmpty()));
        Set<String> computed = draft.computedAreaCodes();
        checks.addAll(rules.areaMatches(withGeometry(draft.degraded()).stream()
                .filter(s -> !computed.contains("DEGRADED:" + s.code())).toList()));
        checks.addAll(rules.areaMatches(withGeometry(draft.revitalisation()).stream()
                .filter(s -> !computed.contains("REVITALISATION:" + s.code())).toList()));
        OffsetDateTime generatedAt = now();
        LegalBasisOfCheck act = LegalBasisOfCheck.ACT_2015;
        return ComplianceReport.of(null, m.teryt, generatedAt, generatedAt.atZoneSameInstant(ZONE).toLocalDate(),
                new ComplianceReport.Rules(act, act.citationPl(), "Projekt obszaru ocenia się według ustawy o rewitalizacji.",
                        "A draft area is judged by the Revitalisation Act."), checks);
    }
}
