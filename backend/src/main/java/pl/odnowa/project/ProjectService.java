package pl.odnowa.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernateHints;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.area.Subarea;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.ContentEtags;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PreparedPage;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SqlWhere;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.project.ProjectReader.ListVersion;
import pl.odnowa.security.Access;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.sdg.SdgTargetRepository;

@ApplicationScoped
public class ProjectService {

    static final Map<String, String> SORTS = Map.of("title", "title", "status", "status", "kind", "kind",
            "plannedStart", "plannedStart", "plannedEnd", "plannedEnd", "estimatedValue", "estimatedValue",
            "totalCost", "totalCost", "createdAt", "createdAt", "updatedAt", "updatedAt");

    /** The columns of the sort paths above (and of the id every sort ends with), for {@link #list}'s SQL. */
    private static final Map<String, String> COLUMNS = Map.of("title", "title", "status", "status", "kind", "kind",
            "plannedStart", "planned_start", "plannedEnd", "planned_end", "estimatedValue", "estimated_value",
            "totalCost", "total_cost", "createdAt", "created_at", "updatedAt", "updated_at", "id", "id");

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private final ProjectRepository repository;
    private final ProgrammeRepository programmes;
    private final SdgTargetRepository sdgTargets;
    private final MergePatch mergePatch;
    private final Access access;
    private final EntityManager entityManager;
    private final ProjectReader reader;
    private final ProjectListCache cache;
    private final ContentEtags etags;

    ProjectService(ProjectRepository repository, ProgrammeRepository programmes, SdgTargetRepository sdgTargets,
            MergePatch mergePatch, Access access, EntityManager entityManager, ProjectReader reader,
            ProjectListCache cache, ContentEtags etags) {
        this.reader = reader;
        this.cache = cache;
        this.etags = etags;
        this.repository = repository;
        this.programmes = programmes;
        this.sdgTargets = sdgTargets;
        this.mergePatch = mergePatch;
        this.access = access;
        this.entityManager = entityManager;
    }

    public record Filter(String municipality, String programme, String area, String subarea, String status,
            String kind, String sdgTarget, String q) {
    }

    /**
     * A page of projects in one statement ({@link ProjectReader#list}) without loading entities (docs/performance.md,
     * section 13), serialised with its ETag. A page of one programme filtered by nothing but its municipality and
     * status (scenario b) comes from {@link ProjectListCache} while the programme's list version is unchanged.
     */
    public PreparedPage list(Filter filter, SyncListParams params) {
        FilterValues v = values(filter);
        SqlWhere where = sqlWhere(v).and("p.updated_at > ?", params.updatedSince());
        String orderBy = Sorting.sql(Sorting.parse(params.sort, SORTS, "title"), COLUMNS, "x");
        PageRequest page = params.pageRequest();
        // filtered by municipality, programme and status only (and visibility: p.published and the programme's
        // columns), the total is one of the cost summary's sums
        boolean totalFromSummary = v.area() == null && v.subarea() == null && v.kind() == null && v.sdgTarget() == null
                && v.tsQuery() == null && params.updatedSince() == null;
        if (!totalFromSummary || v.programme() == null || !cache.enabled()) {
            return etags.prepare(reader.list(access.visibleProjectsSql(where), orderBy, page, totalFromSummary));
        }
        ListVersion version = reader.listVersion(v.programme());
        if (version == null) { // no such programme: an empty page, not worth keeping
            return etags.prepare(reader.list(access.visibleProjectsSql(where), orderBy, page, true));
        }
        ProjectListCache.Key key = new ProjectListCache.Key(v.programme(), v.municipality(), v.status(), orderBy, page.page(),
                page.size(), access.canSeeDrafts(version.municipality()));
        PreparedPage kept = cache.get(key, version);
        if (kept != null) {
            return kept;
        }
        PreparedPage read = etags.prepare(reader.list(access.visibleProjectsSql(where), orderBy, page, true));
        cache.put(key, version, read);
        return read;
    }

    /** The list's filters, parsed and checked (400 naming the parameter); null: not set. */
    private record FilterValues(String municipality, Long programme, Long area, Long subarea, ProjectStatus status,
            ProjectKind kind, String sdgTarget, String tsQuery) {
    }

    private static FilterValues values(Filter filter) {
        String municipality = QueryParams.textParam("municipality", filter.municipality(), 7);
        if (municipality != null && !municipality.matches("[0-9]{7}")) {
            throw ApiException.badRequest("municipality", "must be a 7-digit TERYT (TERC) code");
        }
        String q = QueryParams.textParam("q", filter.q(), ProjectSearch.MAX_QUERY_LENGTH);
        return new FilterValues(municipality, QueryParams.longParam("programme", filter.programme()),
                QueryParams.longParam("area", filter.area()), QueryParams.longParam("subarea", filter.subarea()),
                QueryParams.enumParam("status", filter.status(), ProjectStatus.class),
                QueryParams.enumParam("kind", filter.kind(), ProjectKind.class),
                QueryParams.textParam("sdgTarget", filter.sdgTarget(), 8), q == null ? null : ProjectSearch.tsQuery(q));
    }

    /**
     * The list's filters over project p and programme pr, with the same 400s for bad values, and drafts the caller
     * may not see left out (the list's and the exports' where-clause). Every filter is served by an index:
     * programme_municipality_idx, project_programme_idx, subarea_area_code_uq, project_subarea_subarea_idx,
     * project_status_idx, project_kind_idx, project_sdg_target_target_idx and the expression GIN index
     * project_search_idx (V3).
     */
    public SqlWhere sqlWhere(Filter filter) {
        return access.visibleProjectsSql(sqlWhere(values(filter)));
    }

    private static SqlWhere sqlWhere(FilterValues v) {
        return new SqlWhere()
                .and("pr.municipality_teryt = ?", v.municipality())
                .and("p.programme_id = ?", v.programme())
                .and("exists (select 1 from project_subarea ps join subarea sa on sa.id = ps.subarea_id"
                        + " where ps.project_id = p.id and sa.area_id = ?)", v.area())
                .and("exists (select 1 from project_subarea ps where ps.project_id = p.id and ps.subarea_id = ?)", v.subarea())
                .and("p.status = ?", v.status())
                .and("p.kind = ?", v.kind())
                .and("exists (select 1 from project_sdg_target t where t.project_id = p.id and t.target_code = ?)", v.sdgTarget())
                .and("project_matches(p.search_text, ?)", v.tsQuery());
    }

    /** The project, if the caller may see it: a draft of another municipality is a 404, as if it did not exist. */
    public Project get(long id) {
        // The programme comes in the same statement: the response needs its municipality (one round trip less).
        Project p = repository.find("from Project p join fetch p.programme where p.id = ?1", id)
                .withHint(HibernateHints.HINT_READ_ONLY, true).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("project", id));
        access.requireVisible(p.published && p.programme.published, p.municipalityTeryt(), "project", id);
        return p;
    }

    @Transactional
    public Project create(ProjectRequest request) {
        Project p = new Project();
        apply(p, request);
        repository.persistAndFlush(p);
        return p;
    }

    @Transactional
    public Project replace(long id, String ifMatch, ProjectRequest request) {
        Project p = access.lockForEdit(repository, id, ifMatch, "project");
        apply(p, request);
        repository.flush();
        return p;
    }

    @Transactional
    public Project patch(long id, String ifMatch, JsonNode patch) {
        Project p = access.lockForEdit(repository, id, ifMatch, "project");
        apply(p, mergePatch.apply(ProjectRequest.from(p), patch, ProjectRequest.class));
        repository.flush();
        return p;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Project p = access.lockForEdit(repository, id, ifMatch, "project");
        repository.delete(p);
        // Indicators and recommendations that refer to the project block this (409, see Constraints).
        repository.flush();
    }

    /**
     * The bulk import's write of one row into p, a new project or one the caller row-locked: the same rules as a
     * POST or PUT (programme editor, every check of {@link #apply}), but a request that would change nothing is
     * not written at all (no new version, no audit entry). Returns whether p was written.
     */
    public boolean importInto(Project p, ProjectRequest request) {
        if (p.id != null && comparable(ProjectRequest.from(p), p.published).equals(comparable(request, p.published))) {
            return false;
        }
        apply(p, request);
        if (p.id == null) {
            repository.persist(p);
        } else {
            p.touch();
        }
        return true;
    }

    /** The projects of a programme with these external ids, row-locked for a write, by external id. */
    public Map<String, Project> lockByExternalId(long programmeId, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Map.of();
        }
        return repository.find("programme.id = ?1 and externalId in ?2", programmeId, externalIds)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).stream()
                .collect(Collectors.toMap(p -> p.externalId, p -> p));
    }

    /** A request as {@link #apply} would store it: defaults filled in, amounts by value, subareas and targets as sets. */
    private static ProjectRequest comparable(ProjectRequest r, boolean storedPublished) {
        return new ProjectRequest(r.programmeId(), r.externalId(), r.kind(), r.title(), r.description(),
                r.implementingEntities() == null ? List.of() : r.implementingEntities(), r.scope(), r.location(), r.source(),
                byValue(r.longitude()), byValue(r.latitude()), r.status(), r.plannedStart(), r.plannedEnd(),
                r.actualStart(), r.actualEnd(), r.currency() == null ? "PLN" : r.currency(), byValue(r.estimatedValue()),
                byValue(r.totalCost()), byValue(r.eligibleCost()),
                r.fundingSources() == null ? List.of() : r.fundingSources().stream().map(f -> new FundingSourceRequest(
                        f.source(), f.instrument(), byValue(f.amount()), f.fund(), f.measure())).toList(),
                r.subareaIds() == null ? List.of() : r.subareaIds().stream().sorted().toList(),
                r.sdgTargets() == null ? List.of() : r.sdgTargets().stream().sorted().toList(),
                r.published() == null ? storedPublished : r.published());
    }

    private static BigDecimal byValue(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    /** Checks every rule that needs more than one field or the database, then writes the request into p. */
    private void apply(Project p, ProjectRequest r) {
        Programme programme = programme(p, r.programmeId());
        List<Problem.FieldError> errors = new ArrayList<>();
        String currency = r.currency() == null ? "PLN" : r.currency();
        if (!CURRENCIES.contains(currency)) {
            errors.add(new Problem.FieldError("currency", "is not an ISO 4217 currency code"));
        }
        checkOrder(errors, "plannedEnd", r.plannedStart(), r.plannedEnd(), "plannedStart");
        checkOrder(errors, "actualEnd", r.actualStart(), r.actualEnd(), "actualStart");
        if (r.eligibleCost() != null && r.totalCost() != null && r.eligibleCost().compareTo(r.totalCost()) > 0) {
            errors.add(new Problem.FieldError("eligibleCost", "must not exceed totalCost (" + money(r.totalCost()) + ")"));
        }
        List<FundingSourceRequest> funding = r.fundingSources() == null ? List.of() : r.fundingSources();
        BigDecimal fundingTotal = funding.stream().map(FundingSourceRequest::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (r.totalCost() != null && fundingTotal.compareTo(r.totalCost()) > 0) {
            errors.add(new Problem.FieldError("fundingSources", "amounts add up to " + money(fundingTotal)
                    + ", more than totalCost (" + money(r.totalCost()) + ")"));
        }
        Set<Subarea> linkedSubareas = subareas(errors, programme, r.subareaIds());
        Set<String> targets = sdgTargets(errors, r.sdgTargets());
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field)); // as for Bean Validation errors
            throw ApiException.invalid(errors);
        }
        p.programme = programme;
        p.externalId = r.externalId();
        p.kind = r.kind();
        p.title = r.title();
        p.description = r.description();
        p.implementingEntities = r.implementingEntities() == null ? new ArrayList<>() : new ArrayList<>(r.implementingEntities());
        p.scope = r.scope();
        p.location = r.location();
        p.source = r.source();
        p.longitude = r.longitude();
        p.latitude = r.latitude();
        p.published = r.published() != null ? r.published() : p.id != null && p.published;
        p.status = r.status();
        p.plannedStart = r.plannedStart();
        p.plannedEnd = r.plannedEnd();
        p.actualStart = r.actualStart();
        p.actualEnd = r.actualEnd();
        p.currency = currency;
        p.estimatedValue = money(r.estimatedValue());
        p.totalCost = money(r.totalCost());
        p.eligibleCost = money(r.eligibleCost());
        p.searchText = ProjectSearch.searchText(r.title(), r.description());
        p.funding.clear();
        for (int i = 0; i < funding.size(); i++) {
            FundingSourceRequest f = funding.get(i);
            FundingSource line = new FundingSource();
            line.position = i;
            line.source = f.source();
            line.instrument = f.instrument();
            line.amount = money(f.amount());
            line.fund = f.fund();
            line.measure = f.measure();
            p.funding.add(line);
        }
        // Unchanged links are neither deleted nor re-inserted.
        Set<Long> wanted = linkedSubareas.stream().map(s -> s.id).collect(Collectors.toSet());
        p.subareaIds.retainAll(wanted);
        p.subareaIds.addAll(wanted);
        p.sdgTargets.retainAll(targets);
        p.sdgTargets.addAll(targets);
    }

    private Programme programme(Project p, Long programmeId) {
        if (p.programme != null) {
            if (!p.programme.id.equals(programmeId)) {
                throw ApiException.badRequest("programmeId", "cannot move a project to another programme (it belongs to "
                        + p.programme.id + ")");
            }
            // Loaded now: the response is built after the transaction and reads the programme's municipality.
            Hibernate.initialize(p.programme);
            return p.programme;
        }
        Programme programme = programmes.findByIdOptional(programmeId)
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", programmeId));
        access.requireEditor(programme.municipalityTeryt());
        return programme;
    }

    private static void checkOrder(List<Problem.FieldError> errors, String endField, LocalDate start, LocalDate end,
            String startField) {
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(new Problem.FieldError(endField, "must not be before " + startField + " (" + start + ")"));
        }
    }

    /** Each subarea must exist and lie in an area of the project's programme. */
    private Set<Subarea> subareas(List<Problem.FieldError> errors, Programme programme, List<Long> ids) {
        Set<Subarea> result = new LinkedHashSet<>();
        if (ids == null || ids.isEmpty()) {
            return result;
        }
        Map<Long, Long> programmeOf = new HashMap<>();
        entityManager.createQuery("select s.id, s.area.programme.id from Subarea s where s.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> programmeOf.put((Long) row[0], (Long) row[1]));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = "subareaIds[" + i + "]";
            if (!seen.add(id)) {
                errors.add(new Problem.FieldError(field, "subarea " + id + " is listed twice"));
            } else if (!programmeOf.containsKey(id)) {
                errors.add(new Problem.FieldError(field, "subarea " + id + " does not exist"));
            } else if (!programmeOf.get(id).equals(programme.id)) {
                errors.add(new Problem.FieldError(field, "subarea " + id + " belongs to another programme's area"));
            } else {
                result.add(entityManager.getReference(Subarea.class, id));
            }
        }
        return result;
    }

    /** Each code must be an SDG 11 target from the reference data (sdg_target). */
    private Set<String> sdgTargets(List<Problem.FieldError> errors, List<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        if (codes == null || codes.isEmpty()) {
            return result;
        }
        Set<String> known = sdgTargets.find("code in ?1", codes).stream().map(t -> t.code).collect(Collectors.toSet());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String field = "sdgTargets[" + i + "]";
            if (!known.contains(code)) {
                errors.add(new Problem.FieldError(field, "SDG target " + code + " does not exist (use codes like 11.4)"));
            } else if (!result.add(code)) {
                errors.add(new Problem.FieldError(field, "SDG target " + code + " is listed twice"));
            }
        }
        return result;
    }

    /** Money is stored as numeric(16,2); validation has already refused more than 2 fraction digits. */
    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
