package pl.odnowa.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.security.Access;
import pl.odnowa.municipality.MunicipalityRepository;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;

@ApplicationScoped
public class AreaService {

    static final int MAX_SUBAREAS = 200;

    static final Map<String, String> SORTS = Map.of("name", "name", "kind", "kind", "createdAt", "createdAt",
            "updatedAt", "updatedAt", "programmeId", "programme.id");

    /** Art. 10 ust. 3: uninhabited land of these kinds may be in a revitalisation area only with a justification. */
    private static final Set<LandType> NEEDS_JUSTIFICATION = Set.of(LandType.POST_INDUSTRIAL, LandType.POST_MILITARY,
            LandType.POST_RAILWAY);

    private final AreaRepository repository;
    private final ProgrammeRepository programmes;
    private final MunicipalityRepository municipalities;
    private final MergePatch mergePatch;
    private final Access access;

    AreaService(AreaRepository repository, ProgrammeRepository programmes, MunicipalityRepository municipalities,
            MergePatch mergePatch, Access access) {
        this.repository = repository;
        this.programmes = programmes;
        this.municipalities = municipalities;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public record Filter(String programme, String municipality, String kind) {
    }

    /** One page of areas (with their programmes and subareas loaded in batches) and the total count. */
    public record Page(List<Area> rows, PageRequest request, long total) {
    }

    public Page list(Filter filter, SyncListParams params) {
        String sort = params.sort;
        PageRequest page = params.pageRequest();
        Long programme = QueryParams.longParam("programme", filter.programme());
        String municipality = QueryParams.textParam("municipality", filter.municipality(), 7);
        AreaKind kind = QueryParams.enumParam("kind", filter.kind(), AreaKind.class);
        // a draft the caller may not see is as unknown as a missing one: an empty page would tell it exists
        if (programme != null && programmes.findByIdOptional(programme)
                .filter(p -> access.canSee(p.published, p.municipalityTeryt())).isEmpty()) {
            throw ApiException.unknownReference("programme", "programme", programme);
        }
        if (municipality != null && municipalities.findByIdOptional(municipality).isEmpty()) {
            throw ApiException.unknownReference("municipality", "municipality", municipality);
        }
        Where where = new Where()
                .and("programme.id = :programme", "programme", programme)
                .and("programme.municipality.teryt = :municipality", "municipality", municipality)
                .and("kind = :kind", "kind", kind);
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleProgrammes(where, "programme");
        var query = repository.find(where.jpql(), Sorting.parse(sort, SORTS, "programmeId,kind"), where.parameters());
        return new Page(query.page(page.toPage()).list(), page, query.count());
    }

    public Area get(long id) {
        Area a = VersionedEntity.findOr404(repository, id, "area");
        access.requireVisible(a.programme.published, a.municipalityTeryt(), "area", id);
        return a;
    }

    public Subarea subarea(long id, String code) {
        Area area = get(id);
        return area.subareas.stream().filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> ApiException.notFound("subarea", code + " of area " + id));
    }

    @Transactional
    public Area create(AreaRequest request) {
        Programme programme = programmes.findByIdOptional(request.programmeId())
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", request.programmeId()));
        access.requireEditor(programme.municipalityTeryt());
        Area a = new Area();
        a.programme = programme;
        apply(a, request);
        repository.persistAndFlush(a);
        return loaded(a);
    }

    @Transactional
    public Area replace(long id, String ifMatch, AreaRequest request) {
        Area a = access.lockForEdit(repository, id, ifMatch, "area");
        return replaceLocked(a, request);
    }

    @Transactional
    public Area patch(long id, String ifMatch, JsonNode patch) {
        Area a = access.lockForEdit(repository, id, ifMatch, "area");
        return replaceLocked(a, mergePatch.apply(AreaRequest.from(a), patch, AreaRequest.class));
    }

    private Area replaceLocked(Area a, AreaRequest request) {
        if (!a.programme.id.equals(request.programmeId())) {
            throw ApiException.badRequest("programmeId", "cannot change: the area belongs to programme " + a.programme.id);
        }
        apply(a, request);
        repository.flush();
        return loaded(a);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Area a = access.lockForEdit(repository, id, ifMatch, "area");
        Object[] refs = (Object[]) repository.getEntityManager().createNativeQuery("""
                select (select count(*) from indicator i where i.area_id = :id),
                       (select count(*) from recommendation_area ra where ra.area_id = :id),
                       (select count(distinct ps.project_id) from project_subarea ps join subarea s on s.id = ps.subarea_id
                         where s.area_id = :id),
                       (select count(*) from observation o join subarea s on s.id = o.subarea_id where s.area_id = :id)
                """).setParameter("id", id).getSingleResult();
        List<String> blockers = new ArrayList<>();
        count(blockers, refs[0], "indicator", "indicators");
        count(blockers, refs[1], "recommendation", "recommendations");
        count(blockers, refs[2], "project (in its subareas)", "projects (in its subareas)");
        count(blockers, refs[3], "observation (of its subareas)", "observations (of its subareas)");
        if (!blockers.isEmpty()) {
            throw ApiException.conflict("area " + id + " is still referenced by " + String.join(", ", blockers)
                    + ": unlink or delete them first");
        }
        repository.delete(a);
        repository.flush();
    }

    private void apply(Area a, AreaRequest r) {
        if (a.kind != r.kind() && repository.count("programme.id = ?1 and kind = ?2", a.programme.id, r.kind()) > 0) {
            throw ApiException.conflict("programme " + a.programme.id + " already has a " + r.kind() + " area");
        }
        List<SubareaRequest> requested = r.subareas() == null ? List.of() : r.subareas();
        checkSubareas(r.kind(), requested);
        a.kind = r.kind();
        a.name = r.name();
        a.description = r.description();
        a.designationResolution = r.designationResolution();
        a.designationDate = r.designationDate();
        a.designationPublication = r.designationPublication();
        replaceSubareas(a, requested);
    }

    /** Rules that Bean Validation cannot express, all reported at once with their JSON paths. */
    private static void checkSubareas(AreaKind kind, List<SubareaRequest> subareas) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < subareas.size(); i++) {
            SubareaRequest s = subareas.get(i);
            String path = "subareas[" + i + "]";
            Integer first = seen.putIfAbsent(s.code(), i);
            if (first != null) {
                errors.add(new Problem.FieldError(path + ".code", "duplicates the code of subareas[" + first + "] ('" + s.code() + "')"));
            }
            if (geometry(s) != null) {
                String problem = GeometryValidator.problem(geometry(s));
                if (problem != null) {
                    errors.add(new Problem.FieldError(path + ".geometry", problem));
                }
            }
            LandType land = s.landType();
            // Art. 10 ust. 3 concerns uninhabited land: recorded as 0 residents (unknown residents are left to the check).
            if (kind == AreaKind.REVITALISATION && land != null && NEEDS_JUSTIFICATION.contains(land)
                    && Integer.valueOf(0).equals(s.residents())
                    && (s.landJustification() == null || s.landJustification().isBlank())) {
                errors.add(new Problem.FieldError(path + ".landJustification", "is required for uninhabited " + land
                        + " land in a revitalisation area (art. 10 ust. 3 of the Revitalisation Act)"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    /**
     * Replaces the subareas matching them by code: a kept code keeps its row and id (projects and
     * observations refer to it), a new code is inserted and a missing code is deleted, unless
     * something still refers to it (then nothing changes and the answer is 409).
     */
    private void replaceSubareas(Area a, List<SubareaRequest> requested) {
        Map<String, Subarea> existing = new LinkedHashMap<>();
        for (Subarea s : a.subareas) {
            existing.put(s.code, s);
        }
        List<Subarea> next = new ArrayList<>(requested.size());
        for (int i = 0; i < requested.size(); i++) {
            SubareaRequest r = requested.get(i);
            Subarea s = existing.remove(r.code());
            if (s == null) {
                s = new Subarea();
                s.area = a;
                s.code = r.code();
            }
            apply(s, r, i);
            next.add(s);
        }
        refuseRemovingReferenced(existing.values());
        a.subareas.clear();
        a.subareas.addAll(next);
    }

    private void refuseRemovingReferenced(Collection<Subarea> removed) {
        Set<Long> ids = removed.stream().map(s -> s.id).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = repository.getEntityManager().createNativeQuery("""
                select s.code,
                       (select count(*) from project_subarea ps where ps.subarea_id = s.id),
                       (select count(*) from observation o where o.subarea_id = s.id)
                  from subarea s where s.id in (:ids) order by s.position
                """).setParameter("ids", ids).getResultList();
        List<String> blocked = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> by = new ArrayList<>();
            count(by, row[1], "project", "projects");
            count(by, row[2], "observation", "observations");
            if (!by.isEmpty()) {
                blocked.add(row[0] + " (referenced by " + String.join(" and ", by) + ")");
            }
        }
        if (!blocked.isEmpty()) {
            throw ApiException.conflict("cannot remove subarea" + (blocked.size() > 1 ? "s " : " ") + String.join(", ", blocked)
                    + ": unlink the projects and observations first, or keep the code");
        }
    }

    private static void apply(Subarea s, SubareaRequest r, int position) {
        JsonNode geometry = geometry(r);
        s.position = position;
        s.name = r.name();
        s.geometry = geometry == null ? null : geometry.toString();
        s.areaHa = r.areaHa();
        s.residents = r.residents();
        s.residentsDate = r.residentsDate();
        s.source = r.source();
        CrisisSpheres c = r.crisis() == null ? CrisisSpheres.NOT_RECORDED : r.crisis();
        s.social = c.social();
        s.economic = c.economic();
        s.environmental = c.environmental();
        s.spatialFunctional = c.spatialFunctional();
        s.technical = c.technical();
        s.crisisEvidence = r.crisisEvidence();
        s.landType = r.landType();
        s.landJustification = r.landJustification();
    }

    /** JSON null arrives as a NullNode: treat it as no geometry. */
    private static JsonNode geometry(SubareaRequest r) {
        return r.geometry() == null || r.geometry().isNull() || r.geometry().isMissingNode() ? null : r.geometry();
    }

    private static void count(List<String> into, Object value, String one, String many) {
        long n = ((Number) value).longValue();
        if (n > 0) {
            into.add(n + " " + (n == 1 ? one : many));
        }
    }

    /** Loads what the response needs while the transaction is open (the entity is detached after it). */
    private static Area loaded(Area a) {
        Hibernate.initialize(a.programme);
        Hibernate.initialize(a.subareas);
        return a;
    }
}
