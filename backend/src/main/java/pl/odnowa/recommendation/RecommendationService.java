package pl.odnowa.recommendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import pl.odnowa.area.Area;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.Where;
import pl.odnowa.security.Access;
import pl.odnowa.evaluation.Evaluation;
import pl.odnowa.indicator.Indicator;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRecords;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.project.Project;
import pl.odnowa.sdg.SdgTargetRepository;

@ApplicationScoped
public class RecommendationService extends ProgrammeRecords<Recommendation, RecommendationRequest> {

    static final Kind<Recommendation, RecommendationRequest> KIND = new Kind<>("recommendation",
            RecommendationRequest.class, Recommendation::new, r -> r.programme,
            RecommendationRequest::programmeId, RecommendationRequest::from);

    // Priority and status sort in their meaning's order (HIGH first; workflow order), not alphabetically.
    static final Map<String, String> SORTS = Map.of(
            "dueDate", "dueDate",
            "priority", "case priority when pl.odnowa.recommendation.Priority.HIGH then 0"
                    + " when pl.odnowa.recommendation.Priority.MEDIUM then 1 else 2 end",
            "status", "case status when pl.odnowa.recommendation.RecommendationStatus.PROPOSED then 0"
                    + " when pl.odnowa.recommendation.RecommendationStatus.ACCEPTED then 1"
                    + " when pl.odnowa.recommendation.RecommendationStatus.IN_PROGRESS then 2"
                    + " when pl.odnowa.recommendation.RecommendationStatus.IMPLEMENTED then 3 else 4 end",
            "title", "title",
            "createdAt", "createdAt",
            "updatedAt", "updatedAt");

    static final String DEFAULT_SORT = "priority,dueDate";

    private final SdgTargetRepository sdgTargets;

    RecommendationService(RecommendationRepository repository, ProgrammeRepository programmes,
            SdgTargetRepository sdgTargets, MergePatch mergePatch, Access access) {
        super(KIND, repository, programmes, mergePatch, access);
        this.sdgTargets = sdgTargets;
    }

    public record Filter(String municipality, String programme, String status, String priority, String sdgTarget,
            String area, String project, String indicator, String owner, String dueBefore, String evaluation) {
    }

    public PageResponse<RecommendationResponse> list(Filter filter, SyncListParams params) {
        String sort = params.sort;
        String sdgTarget = QueryParams.textParam("sdgTarget", filter.sdgTarget(), 8);
        // SDG target codes are a closed vocabulary, like the enums: an unknown one is a mistake, not an empty list.
        if (sdgTarget != null && sdgTargets.findByIdOptional(sdgTarget).isEmpty()) {
            throw ApiException.unknownReference("sdgTarget", "SDG target", sdgTarget);
        }
        String owner = QueryParams.textParam("owner", filter.owner(), 200);
        Where where = programmeFilter(filter.municipality(), filter.programme())
                .and("status = :status", "status", QueryParams.enumParam("status", filter.status(), RecommendationStatus.class))
                .and("priority = :priority", "priority", QueryParams.enumParam("priority", filter.priority(), Priority.class))
                .and("id in (select r.id from Recommendation r join r.sdgTargets t where t = :sdgTarget)", "sdgTarget", sdgTarget)
                .and("id in (select r.id from Recommendation r join r.areas a where a.id = :area)", "area",
                        QueryParams.longParam("area", filter.area()))
                .and("id in (select r.id from Recommendation r join r.projects p where %s)", linkFilter("p",
                        "project", QueryParams.longParam("project", filter.project()), access::visibleProjects))
                .and("id in (select r.id from Recommendation r join r.indicators i where %s)", linkFilter("i",
                        "indicator", QueryParams.longParam("indicator", filter.indicator()), access::visibleIndicators))
                .and("lower(owner) like :owner escape '!'", "owner", owner == null ? null : "%" + escapeLike(owner) + "%")
                .and("dueDate < :dueBefore", "dueBefore", QueryParams.dateParam("dueBefore", filter.dueBefore()))
                .and("evaluation.id = :evaluation", "evaluation", QueryParams.longParam("evaluation", filter.evaluation()));
        // Escaping off: the sort paths come only from SORTS (some are case expressions), never from the client.
        return page(where, params, Sorting.parse(sort, SORTS, DEFAULT_SORT).disableEscaping(), this::response);
    }

    /*
     * why: a draft project (or its indicator) the caller may not see matches no recommendation, as an unknown id, so
     * that the filter does not tell which visible recommendations link to it.
     */
    private static Where linkFilter(String alias, String name, Long id, BiFunction<Where, String, Where> visible) {
        Where where = new Where().and(alias + ".id = :" + name, name, id);
        return id == null ? where : visible.apply(where, alias);
    }

    /**
     * The recommendation as the caller may read it (its programme the caller may see): its links to draft projects,
     * and to their indicators, only for those who may see drafts.
     */
    public RecommendationResponse response(Recommendation r) {
        boolean drafts = access.canSeeDrafts(r.municipalityTeryt());
        return RecommendationResponse.from(r, p -> drafts || p.published, i -> drafts || i.published());
    }

    @Override
    protected void apply(Recommendation r, RecommendationRequest request, Programme programme) {
        RecommendationStatus status = request.status() != null ? request.status()
                : r.status != null ? r.status : RecommendationStatus.PROPOSED;
        // On create any status is accepted (recommendations from past evaluations); later only the workflow's moves.
        if (r.status != null && !r.status.canMoveTo(status)) {
            List<RecommendationStatus> allowed = r.status.allowedTransitions();
            throw ApiException.conflict("a recommendation cannot move from " + r.status + " to " + status + "; allowed from "
                    + r.status + ": " + (allowed.isEmpty() ? "none, it is a final status"
                            : allowed.stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status == RecommendationStatus.REJECTED && (request.statusReason() == null || request.statusReason().isBlank())) {
            errors.add(new Problem.FieldError("statusReason", "must not be blank when the status is REJECTED"));
        }
        Set<Area> areas = links("areaIds", request.areaIds(), Area.class, "area", programme.id, errors);
        Set<Project> projects = links("projectIds", request.projectIds(), Project.class, "project", programme.id, errors);
        Set<Indicator> indicators = links("indicatorIds", request.indicatorIds(), Indicator.class, "indicator", programme.id, errors);
        Set<String> targets = sdgTargets("sdgTargets", request.sdgTargets(), errors);
        Evaluation evaluation = evaluation(request.evaluationId(), programme.id, errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        r.programme = programme;
        r.title = request.title();
        r.text = request.text();
        r.priority = request.priority();
        r.status = status;
        r.owner = request.owner();
        r.dueDate = request.dueDate();
        r.statusReason = request.statusReason();
        r.evaluation = evaluation;
        replace(r.areas, areas);
        replace(r.projects, projects);
        replace(r.indicators, indicators);
        replace(r.sdgTargets, targets);
    }

    /**
     * Resolves linked ids in one query: each must exist and belong to the recommendation's programme; a failure
     * names the element ({@code projectIds[1]}).
     */
    private <E> Set<E> links(String field, List<Long> ids, Class<E> type, String what, long programmeId,
            List<Problem.FieldError> errors) {
        Set<E> result = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            return result;
        }
        EntityManager em = repository.getEntityManager();
        Map<Long, Long> programmeOf = new HashMap<>();
        em.createQuery("select e.id, e.programme.id from " + type.getSimpleName() + " e where e.id in :ids", Object[].class)
                .setParameter("ids", Set.copyOf(ids))
                .getResultList()
                .forEach(row -> programmeOf.put((Long) row[0], (Long) row[1]));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String path = field + "[" + i + "]";
            Long owner = programmeOf.get(id);
            if (!seen.add(id)) {
                errors.add(new Problem.FieldError(path, what + " " + id + " is listed twice"));
            } else if (owner == null) {
                errors.add(new Problem.FieldError(path, what + " " + id + " does not exist"));
            } else if (owner != programmeId) {
                errors.add(new Problem.FieldError(path, what + " " + id + " belongs to programme " + owner
                        + ", not to the recommendation's programme " + programmeId));
            } else {
                result.add(em.getReference(type, id));
            }
        }
        return result;
    }

    private Set<String> sdgTargets(String field, List<String> codes, List<Problem.FieldError> errors) {
        Set<String> result = new LinkedHashSet<>();
        if (codes == null || codes.isEmpty()) {
            return result;
        }
        Set<String> known = sdgTargets.list("code in ?1", Set.copyOf(codes)).stream().map(t -> t.code).collect(Collectors.toSet());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String path = field + "[" + i + "]";
            if (!known.contains(code)) {
                errors.add(new Problem.FieldError(path, "SDG target " + code + " does not exist; use a code like 11.1 … 11.c"));
            } else if (!result.add(code)) {
                errors.add(new Problem.FieldError(path, "SDG target " + code + " is listed twice"));
            }
        }
        return result;
    }

    /** The evaluation must exist and belong to the recommendation's programme (else 400 naming evaluationId). */
    private Evaluation evaluation(Long id, long programmeId, List<Problem.FieldError> errors) {
        if (id == null) {
            return null;
        }
        Evaluation evaluation = repository.getEntityManager().find(Evaluation.class, id);
        if (evaluation == null) {
            errors.add(new Problem.FieldError("evaluationId", "evaluation " + id + " does not exist"));
            return null;
        }
        if (!evaluation.programme.id.equals(programmeId)) {
            errors.add(new Problem.FieldError("evaluationId", "evaluation " + id + " belongs to programme "
                    + evaluation.programme.id + ", not to the recommendation's programme " + programmeId));
            return null;
        }
        return evaluation;
    }

    /** Changes a link set in place, so Hibernate writes only the rows that differ. */
    private static <E> void replace(Set<E> current, Set<E> wanted) {
        current.retainAll(wanted);
        current.addAll(wanted);
    }

    private static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
