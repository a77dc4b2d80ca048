package pl.odnowa.monitoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

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
import pl.odnowa.programme.Programme;
import pl.odnowa.project.Project;
import pl.odnowa.project.ProjectRepository;
import pl.odnowa.security.Access;

@ApplicationScoped
public class MonitoringRecordService {

    public static final int MAX_FUNDING = 50;

    static final Map<String, String> SORTS = Map.of("year", "year", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "year";

    private final MonitoringRecordRepository repository;
    private final ProjectRepository projects;
    private final MergePatch mergePatch;
    private final Access access;

    MonitoringRecordService(MonitoringRecordRepository repository, ProjectRepository projects, MergePatch mergePatch,
            Access access) {
        this.repository = repository;
        this.projects = projects;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public record Filter(String municipality, String programme, String project, String year) {
    }

    public PageResponse<MonitoringRecordResponse> list(Filter filter, SyncListParams params) {
        PageRequest page = params.pageRequest();
        Where where = new Where()
                .and("project.programme.municipality.teryt = :municipality", "municipality",
                        QueryParams.textParam("municipality", filter.municipality(), 7))
                .and("project.programme.id = :programme", "programme", QueryParams.longParam("programme", filter.programme()))
                .and("project.id = :project", "project", QueryParams.longParam("project", filter.project()))
                .and("year = :year", "year", QueryParams.yearParam("year", filter.year()));
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleProjects(where, "project");
        var query = repository.find(where.jpql(), Sorting.parse(params.sort, SORTS, DEFAULT_SORT), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), MonitoringRecordResponse::from);
    }

    /** The project's records, oldest year first (404 for a project the caller may not see). */
    public List<MonitoringRecordResponse> ofProject(long projectId) {
        visibleProject(projectId);
        return repository.ofProject(projectId).stream().map(MonitoringRecordResponse::from).toList();
    }

    public MonitoringRecord get(long id) {
        MonitoringRecord r = VersionedEntity.findOr404(repository, id, "monitoring record");
        access.requireVisible(r.project.published && r.project.programme.published, r.municipalityTeryt(), "monitoring record", id);
        return r;
    }

    @Transactional
    public MonitoringRecord create(MonitoringRecordRequest request) {
        MonitoringRecord r = new MonitoringRecord();
        apply(r, request);
        repository.persistAndFlush(r);
        return r;
    }

    @Transactional
    public MonitoringRecord replace(long id, String ifMatch, MonitoringRecordRequest request) {
        MonitoringRecord r = access.lockForEdit(repository, id, ifMatch, "monitoring record");
        apply(r, request);
        repository.flush();
        return r;
    }

    @Transactional
    public MonitoringRecord patch(long id, String ifMatch, JsonNode patch) {
        MonitoringRecord r = access.lockForEdit(repository, id, ifMatch, "monitoring record");
        apply(r, mergePatch.apply(MonitoringRecordRequest.from(r), patch, MonitoringRecordRequest.class));
        repository.flush();
        return r;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        MonitoringRecord r = access.lockForEdit(repository, id, ifMatch, "monitoring record");
        repository.delete(r);
        repository.flush();
    }

    private Project visibleProject(long projectId) {
        Project p = projects.findByIdOptional(projectId).orElseThrow(() -> ApiException.notFound("project", projectId));
        access.requireVisible(p.published && p.programme.published, p.municipalityTeryt(), "project", projectId);
        return p;
    }

    private void apply(MonitoringRecord r, MonitoringRecordRequest request) {
        Project project = projects.findByIdOptional(request.projectId())
                .orElseThrow(() -> ApiException.unknownReference("projectId", "project", request.projectId()));
        access.requireEditor(project.municipalityTeryt());
        if (r.project != null && !r.project.id.equals(project.id)) {
            throw ApiException.badRequest("projectId", "cannot move a monitoring record to another project (it belongs to project "
                    + r.project.id + ")");
        }
        if (r.project != null && r.year != request.year()) {
            throw ApiException.badRequest("year", "cannot change the year of a monitoring record (it is " + r.year
                    + "); record the other year as a record of its own");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Programme programme = project.programme;
        int last = programme.periodTo == null ? Integer.MAX_VALUE : programme.periodTo;
        // why: art. 15 ust. 1 pkt 10 monitors the programme while it runs, i.e. within its period.
        if (request.year() < programme.periodFrom || request.year() > last) {
            errors.add(new Problem.FieldError("year", "must be within the programme's period " + programme.periodFrom + "–"
                    + (programme.periodTo == null ? "" : programme.periodTo)));
        }
        List<MonitoringFundingRequest> funding = request.funding() == null ? List.of() : request.funding();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < funding.size(); i++) {
            if (!seen.add(funding.get(i).source().strip().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new Problem.FieldError("funding[" + i + "].source", "repeats " + funding.get(i).source()
                        + ": record each funding source once"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (r.project == null) {
            repository.ofProjectAndYear(project.id, request.year()).ifPresent(existing -> {
                throw ApiException.conflict("project " + project.id + " already has a monitoring record for " + request.year()
                        + " (id " + existing.id + "): replace that one");
            });
        }
        r.project = project;
        r.year = request.year();
        r.progress = request.progress() == null ? null : request.progress().setScale(2, java.math.RoundingMode.UNNECESSARY);
        r.note = request.note();
        r.source = request.source();
        r.funding = new ArrayList<>(funding.stream().map(f -> new MonitoringFunding(f.source().strip(), f.instrument(),
                Execution.stored(f.planned()), Execution.stored(f.actual()))).toList());
    }
}
