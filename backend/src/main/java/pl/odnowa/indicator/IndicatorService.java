package pl.odnowa.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.area.Area;
import pl.odnowa.area.AreaRepository;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.security.Access;
import pl.odnowa.evaluation.ProgressStatus;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectRepository;
import pl.odnowa.sdg.SdgIndicator;
import pl.odnowa.sdg.SdgIndicatorRepository;
import pl.odnowa.sdg.SdgTargetRepository;

@ApplicationScoped
public class IndicatorService {

    static final Map<String, String> SORTS = Map.of("code", "code", "namePl", "namePl", "level", "level",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final IndicatorRepository repository;
    private final ObservationRepository observations;
    private final ProgrammeRepository programmes;
    private final AreaRepository areas;
    private final ProjectRepository projects;
    private final SdgTargetRepository sdgTargets;
    private final SdgIndicatorRepository sdgIndicators;
    private final MergePatch mergePatch;
    private final Access access;
    private final ProgressRules progressRules;

    IndicatorService(IndicatorRepository repository, ObservationRepository observations, ProgrammeRepository programmes,
            AreaRepository areas, ProjectRepository projects, SdgTargetRepository sdgTargets,
            SdgIndicatorRepository sdgIndicators, MergePatch mergePatch, Access access, ProgressRules progressRules) {
        this.progressRules = progressRules;
        this.repository = repository;
        this.observations = observations;
        this.programmes = programmes;
        this.areas = areas;
        this.projects = projects;
        this.sdgTargets = sdgTargets;
        this.sdgIndicators = sdgIndicators;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public record Filter(String municipality, String programme, String scope, String area, String project, String level,
            String sdgTarget, String sdgIndicator, String q, String progress) {
    }

    /**
     * One page: the count, the rows, their programmes (one batch) and their whole-scope observations (one query),
     * from which `latest` and `progress` are computed. The progress status is computed, not stored, so the
     * {@code progress} filter needs a programme or municipality filter (which bounds the work): every indicator
     * matching the other filters is read with its observations (still one query each), the statuses are
     * computed, and the matching ones are counted and paged in memory in the requested order.
     */
    public PageResponse<IndicatorResponse> list(Filter filter, SyncListParams params) {
        String sort = params.sort;
        PageRequest page = params.pageRequest();
        ProgressStatus progress = QueryParams.enumParam("progress", filter.progress(), ProgressStatus.class);
        if (progress != null && blank(filter.programme()) && blank(filter.municipality())) {
            throw ApiException.badRequest("progress", "needs the programme or municipality filter as well "
                    + "(the status is computed, so it is filtered within one programme or municipality)");
        }
        String q = QueryParams.textParam("q", filter.q(), 200);
        Where where = new Where()
                .and("programme.municipality.teryt = :municipality", "municipality",
                        QueryParams.textParam("municipality", filter.municipality(), 7))
                .and("programme.id = :programme", "programme", QueryParams.longParam("programme", filter.programme()))
                .and("scope = :scope", "scope", QueryParams.enumParam("scope", filter.scope(), IndicatorScope.class))
                .and("area.id = :area", "area", QueryParams.longParam("area", filter.area()))
                .and("project.id = :project", "project", QueryParams.longParam("project", filter.project()))
                .and("level = :level", "level", QueryParams.enumParam("level", filter.level(), IndicatorLevel.class))
                .and("sdgTarget = :sdgTarget", "sdgTarget", QueryParams.textParam("sdgTarget", filter.sdgTarget(), 8))
                .and("sdgIndicator = :sdgIndicator", "sdgIndicator",
                        QueryParams.textParam("sdgIndicator", filter.sdgIndicator(), 12))
                .and("(lower(code) like :q escape '\\' or lower(namePl) like :q escape '\\' or lower(nameEn) like :q escape '\\')",
                        "q", q == null ? null : "%" + escapeLike(q.toLowerCase(java.util.Locale.ROOT)) + "%");
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleIndicators(where, "i");
        var query = repository.find("from Indicator i where " + where.jpql(), Sorting.parse(sort, SORTS, "code"), where.parameters());
        if (progress == null) {
            List<Indicator> rows = query.page(page.toPage()).list();
            Map<Long, TreeMap<Integer, BigDecimal>> series = observations.wholeScope(rows.stream().map(i -> i.id).toList());
            return PageResponse.of(rows, page, query.count(), i -> IndicatorResponse.from(i, series.get(i.id), progressRules));
        }
        List<Indicator> all = query.list();
        Map<Long, TreeMap<Integer, BigDecimal>> series = observations.wholeScope(all.stream().map(i -> i.id).toList());
        List<Indicator> matching = all.stream()
                .filter(i -> progressRules.of(i, series.get(i.id)).status() == progress)
                .toList();
        int from = (int) Math.min((long) page.page() * page.size(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return PageResponse.of(matching.subList(from, to), page, matching.size(),
                i -> IndicatorResponse.from(i, series.get(i.id), progressRules));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public IndicatorResponse get(long id) {
        Indicator i = VersionedEntity.findOr404(repository, id, "indicator");
        access.requireVisible(i.published(), i.municipalityTeryt(), "indicator", id);
        return response(i);
    }

    @Transactional
    public IndicatorResponse create(IndicatorRequest request) {
        Indicator i = new Indicator();
        apply(i, request);
        repository.persistAndFlush(i);
        return IndicatorResponse.from(i, null, progressRules);
    }

    @Transactional
    public IndicatorResponse replace(long id, String ifMatch, IndicatorRequest request) {
        Indicator i = access.lockForEdit(repository, id, ifMatch, "indicator");
        apply(i, request);
        repository.flush();
        return response(i);
    }

    @Transactional
    public IndicatorResponse patch(long id, String ifMatch, JsonNode patch) {
        Indicator i = access.lockForEdit(repository, id, ifMatch, "indicator");
        IndicatorRequest current = IndicatorRequest.from(i);
        // Patching only the SDG indicator re-derives the target from it, as a POST with sdgIndicator alone does.
        if (patch != null && patch.isObject() && patch.hasNonNull("sdgIndicator") && !patch.has("sdgTarget")) {
            current = current.withoutSdgTarget();
        }
        apply(i, mergePatch.apply(current, patch, IndicatorRequest.class));
        repository.flush();
        return response(i);
    }

    /** Its observations go with it (on delete cascade); recommendations linking to it block it (409). */
    @Transactional
    public void delete(long id, String ifMatch) {
        Indicator i = access.lockForEdit(repository, id, ifMatch, "indicator");
        repository.delete(i);
        repository.flush();
    }

    private IndicatorResponse response(Indicator i) {
        return IndicatorResponse.from(i, observations.wholeScope(i.id), progressRules);
    }

    private void apply(Indicator i, IndicatorRequest r) {
        Programme programme = programme(i, r.programmeId());
        List<Problem.FieldError> errors = new ArrayList<>();
        Area area = null;
        Project project = null;
        switch (r.scope()) {
            case PROGRAMME -> {
                absent(errors, "areaId", r.areaId(), r.scope());
                absent(errors, "projectId", r.projectId(), r.scope());
            }
            case AREA -> {
                area = area(errors, programme, r.areaId());
                absent(errors, "projectId", r.projectId(), r.scope());
            }
            case PROJECT -> {
                absent(errors, "areaId", r.areaId(), r.scope());
                project = project(errors, programme, r.projectId());
            }
        }
        if (r.baseline() != null && r.baseline().year() == null) {
            errors.add(new Problem.FieldError("baseline.year", "must not be null: a baseline is a value in a year"));
        } else if (r.baseline() != null && r.target() != null && r.target().year() != null
                && r.target().year() < r.baseline().year()) {
            errors.add(new Problem.FieldError("target.year", "must not be before the baseline year (" + r.baseline().year() + ")"));
        }
        String sdgTarget = sdgTarget(errors, r.sdgTarget(), r.sdgIndicator());
        if (r.level() == IndicatorLevel.CONTEXT && r.direction() != null) {
            errors.add(new Problem.FieldError("direction", "must be absent for a CONTEXT indicator: it describes the setting "
                    + "and has no desired direction"));
        } else if (r.level() != null && r.level() != IndicatorLevel.CONTEXT && r.direction() == null) {
            errors.add(new Problem.FieldError("direction", "is required for an " + r.level() + " indicator: HIGHER or LOWER"));
        }
        SdgRelation relation = r.sdgRelation() == null && sdgTarget != null ? SdgRelation.PROXY : r.sdgRelation();
        if (relation != null && sdgTarget == null) {
            errors.add(new Problem.FieldError("sdgRelation", "needs sdgTarget or sdgIndicator"));
        } else if (relation == SdgRelation.UN_INDICATOR && r.sdgIndicator() == null) {
            errors.add(new Problem.FieldError("sdgRelation", "UN_INDICATOR needs sdgIndicator: the UN indicator it is"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (repository.codeTaken(programme.id, r.code(), i.id)) {
            throw ApiException.conflict("programme " + programme.id + " already has an indicator with code " + r.code());
        }
        i.programme = programme;
        i.scope = r.scope();
        i.area = area;
        i.project = project;
        i.code = r.code();
        i.namePl = r.namePl();
        i.nameEn = r.nameEn();
        i.unit = r.unit();
        i.direction = r.direction();
        i.level = r.level();
        i.baselineValue = r.baseline() == null ? null : r.baseline().value();
        i.baselineYear = r.baseline() == null ? null : r.baseline().year();
        i.targetValue = r.target() == null ? null : r.target().value();
        i.targetYear = r.target() == null ? null : r.target().year();
        i.sdgTarget = sdgTarget;
        i.sdgIndicator = r.sdgIndicator();
        i.sdgRelation = relation;
        i.naturalLimit = r.naturalLimit();
        i.source = r.source();
    }

    private Programme programme(Indicator i, long programmeId) {
        if (i.programme != null) {
            if (!i.programme.id.equals(programmeId)) {
                throw ApiException.badRequest("programmeId", "cannot move an indicator to another programme (it belongs to "
                        + i.programme.id + ")");
            }
            return i.programme;
        }
        Programme programme = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", programmeId));
        access.requireEditor(programme.municipalityTeryt());
        return programme;
    }

    private static void absent(List<Problem.FieldError> errors, String field, Long value, IndicatorScope scope) {
        if (value != null) {
            errors.add(new Problem.FieldError(field, "must be absent when scope is " + scope));
        }
    }

    private Area area(List<Problem.FieldError> errors, Programme programme, Long areaId) {
        if (areaId == null) {
            errors.add(new Problem.FieldError("areaId", "is required when scope is AREA"));
            return null;
        }
        Area area = areas.findById(areaId);
        if (area == null) {
            errors.add(new Problem.FieldError("areaId", "area " + areaId + " does not exist"));
        } else if (!area.programme.id.equals(programme.id)) {
            errors.add(new Problem.FieldError("areaId", "must be an area of programme " + programme.id));
        }
        return area;
    }

    private Project project(List<Problem.FieldError> errors, Programme programme, Long projectId) {
        if (projectId == null) {
            errors.add(new Problem.FieldError("projectId", "is required when scope is PROJECT"));
            return null;
        }
        Project project = projects.findById(projectId);
        if (project == null) {
            errors.add(new Problem.FieldError("projectId", "project " + projectId + " does not exist"));
        } else if (!project.programme.id.equals(programme.id)) {
            errors.add(new Problem.FieldError("projectId", "must be a project of programme " + programme.id));
        }
        return project;
    }

    /** The SDG target to store: the one given (which must exist), or the target of the SDG indicator given alone. */
    private String sdgTarget(List<Problem.FieldError> errors, String targetCode, String indicatorCode) {
        if (targetCode != null && sdgTargets.findById(targetCode) == null) {
            errors.add(new Problem.FieldError("sdgTarget", "SDG target " + targetCode + " does not exist"));
        }
        if (indicatorCode == null) {
            return targetCode;
        }
        SdgIndicator indicator = sdgIndicators.findById(indicatorCode);
        if (indicator == null) {
            errors.add(new Problem.FieldError("sdgIndicator", "SDG indicator " + indicatorCode + " does not exist"));
            return targetCode;
        }
        if (targetCode != null && !indicator.targetCode.equals(targetCode)) {
            errors.add(new Problem.FieldError("sdgIndicator", "belongs to SDG target " + indicator.targetCode
                    + ", not to sdgTarget " + targetCode));
        }
        return indicator.targetCode;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
