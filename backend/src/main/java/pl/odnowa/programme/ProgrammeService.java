package pl.odnowa.programme;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import pl.odnowa.area.GeometryValidator;
import pl.odnowa.common.ApiException;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageRequest;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.municipality.Municipality;
import pl.odnowa.municipality.MunicipalityRepository;
import pl.odnowa.security.Access;

@ApplicationScoped
public class ProgrammeService {

    static final Map<String, String> SORTS = Map.of("name", "name", "periodFrom", "periodFrom", "periodTo", "periodTo",
            "status", "status", "createdAt", "createdAt", "updatedAt", "updatedAt");

    private final ProgrammeRepository repository;
    private final MunicipalityRepository municipalities;
    private final MergePatch mergePatch;
    private final Access access;

    ProgrammeService(ProgrammeRepository repository, MunicipalityRepository municipalities, MergePatch mergePatch, Access access) {
        this.repository = repository;
        this.municipalities = municipalities;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public record Filter(String municipality, String legalBasis, String status, String activeIn, String q) {
    }

    public PageResponse<ProgrammeResponse> list(Filter filter, SyncListParams params) {
        Integer year = QueryParams.yearParam("activeIn", filter.activeIn());
        String q = QueryParams.textParam("q", filter.q(), 200);
        Where where = new Where()
                .and("municipality.teryt = :municipality", "municipality", QueryParams.textParam("municipality", filter.municipality(), 7))
                .and("legalBasis = :legalBasis", "legalBasis", QueryParams.enumParam("legalBasis", filter.legalBasis(), LegalBasis.class))
                .and("status = :status", "status", QueryParams.enumParam("status", filter.status(), ProgrammeStatus.class))
                .and("periodFrom <= :year and (periodTo is null or periodTo >= :year)", "year", year)
                .and("(lower(name) like :q or lower(shortName) like :q)", "q", q == null ? null : "%" + q.toLowerCase() + "%")
                .and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleProgrammes(where, "p");
        PageRequest page = params.pageRequest();
        var query = repository.find("from Programme p where " + where.jpql(), Sorting.parse(params.sort, SORTS, "periodFrom"), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), this::response);
    }

    /** The programme as the caller may read it: without a predecessor that is a draft the caller may not see. */
    public ProgrammeResponse response(Programme p) {
        return ProgrammeResponse.from(p, predecessorId(p));
    }

    /** The id of the programme's predecessor, or null when it has none or it is a draft the caller may not see. */
    public Long predecessorId(Programme p) {
        Programme predecessor = p.predecessor;
        return predecessor == null || !access.canSee(predecessor.published, predecessor.municipalityTeryt()) ? null : predecessor.id;
    }

    /** The programme, if the caller may see it: a draft of another municipality is a 404, as if it did not exist. */
    public Programme get(long id) {
        Programme p = VersionedEntity.findOr404(repository, id, "programme");
        access.requireVisible(p.published, p.municipalityTeryt(), "programme", id);
        return p;
    }

    @Transactional
    public Programme create(ProgrammeRequest request) {
        access.requireEditor(request.municipality());
        Programme p = new Programme();
        apply(p, request);
        repository.persistAndFlush(p);
        return p;
    }

    @Transactional
    public Programme replace(long id, String ifMatch, ProgrammeRequest request) {
        Programme p = access.lockForEdit(repository, id, ifMatch, "programme");
        apply(p, request);
        repository.flush();
        return p;
    }

    @Transactional
    public Programme patch(long id, String ifMatch, JsonNode patch) {
        Programme p = access.lockForEdit(repository, id, ifMatch, "programme");
        apply(p, mergePatch.apply(ProgrammeRequest.from(p), patch, ProgrammeRequest.class));
        repository.flush();
        return p;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Programme p = access.lockForEdit(repository, id, ifMatch, "programme");
        repository.delete(p);
        repository.flush();
    }

    private void apply(Programme p, ProgrammeRequest r) {
        Municipality municipality = municipalities.findByIdOptional(r.municipality())
                .orElseThrow(() -> ApiException.unknownReference("municipality", "municipality", r.municipality()));
        if (p.municipality != null && !p.municipality.teryt.equals(municipality.teryt)) {
            throw ApiException.badRequest("municipality", "cannot move a programme to another municipality");
        }
        if (r.periodTo() != null && r.periodTo() < r.periodFrom()) {
            throw ApiException.badRequest("periodTo", "must not be before periodFrom (" + r.periodFrom() + ")");
        }
        p.municipality = municipality;
        p.predecessor = predecessor(p, r.predecessorId());
        p.name = r.name();
        p.shortName = r.shortName();
        p.legalBasis = r.legalBasis();
        p.status = r.status();
        p.periodFrom = r.periodFrom();
        p.periodTo = r.periodTo();
        p.resolutionNumber = r.resolutionNumber();
        p.resolutionDate = r.resolutionDate();
        p.description = r.description();
        p.vision = r.vision();
        p.published = r.published() != null ? r.published() : p.id != null && p.published;
        p.goals = r.goals() == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(r.goals());
        SpecialZone zone = r.specialZone();
        if (zone != null && zone.start() != null && zone.end() != null && zone.end().isBefore(zone.start())) {
            throw ApiException.badRequest("specialZone.end", "must not be before specialZone.start (" + zone.start() + ")");
        }
        p.specialZoneEstablished = zone == null ? null : zone.established();
        p.specialZoneStart = zone == null ? null : zone.start();
        p.specialZoneEnd = zone == null ? null : zone.end();
        JsonNode zoneGeometry = zone == null || zone.geometry() == null || zone.geometry().isNull() ? null : zone.geometry();
        if (zoneGeometry != null) {
            String problem = GeometryValidator.problem(zoneGeometry);
            if (problem != null) {
                throw ApiException.badRequest("specialZone.geometry", problem);
            }
        }
        p.specialZoneGeometry = zoneGeometry == null ? null : zoneGeometry.toString();
        p.contents = r.contents();
    }

    /** The predecessor must exist, belong to the same municipality and not make the lineage a loop. */
    private Programme predecessor(Programme p, Long predecessorId) {
        if (predecessorId == null) {
            return null;
        }
        Programme predecessor = repository.findByIdOptional(predecessorId)
                .orElseThrow(() -> ApiException.unknownReference("predecessorId", "programme", predecessorId));
        if (!predecessor.municipality.teryt.equals(p.municipality.teryt)) {
            throw ApiException.badRequest("predecessorId", "must be a programme of the same municipality");
        }
        Set<Long> seen = new HashSet<>();
        for (Programme step = predecessor; step != null; step = step.predecessor) {
            if (step.id.equals(p.id) || !seen.add(step.id)) {
                throw ApiException.badRequest("predecessorId", "would make the programme lineage a loop");
            }
        }
        return predecessor;
    }
}
