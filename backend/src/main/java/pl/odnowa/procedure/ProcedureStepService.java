package pl.odnowa.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

@ApplicationScoped
public class ProcedureStepService {

    static final Map<String, String> SORTS = Map.of("date", "date", "kind", "kind", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "date";

    private final ProcedureStepRepository repository;
    private final ProgrammeRepository programmes;
    private final MergePatch mergePatch;
    private final Access access;

    ProcedureStepService(ProcedureStepRepository repository, ProgrammeRepository programmes, MergePatch mergePatch,
            Access access) {
        this.repository = repository;
        this.programmes = programmes;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public record Filter(String municipality, String programme, String kind) {
    }

    public PageResponse<ProcedureStepResponse> list(Filter filter, SyncListParams params) {
        PageRequest page = params.pageRequest();
        Where where = new Where()
                .and("programme.municipality.teryt = :municipality", "municipality",
                        QueryParams.textParam("municipality", filter.municipality(), 7))
                .and("programme.id = :programme", "programme", QueryParams.longParam("programme", filter.programme()))
                .and("kind = :kind", "kind", QueryParams.enumParam("kind", filter.kind(), ProcedureStepKind.class));
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleProgrammes(where, "programme");
        var query = repository.find(where.jpql(), Sorting.parse(params.sort, SORTS, DEFAULT_SORT), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), ProcedureStepResponse::from);
    }

    public ProcedureStep get(long id) {
        ProcedureStep s = VersionedEntity.findOr404(repository, id, "procedure step");
        access.requireVisible(s.programme.published, s.municipalityTeryt(), "procedure step", id);
        return s;
    }

    @Transactional
    public ProcedureStep create(ProcedureStepRequest request) {
        ProcedureStep s = new ProcedureStep();
        apply(s, request);
        repository.persistAndFlush(s);
        return s;
    }

    @Transactional
    public ProcedureStep replace(long id, String ifMatch, ProcedureStepRequest request) {
        ProcedureStep s = access.lockForEdit(repository, id, ifMatch, "procedure step");
        apply(s, request);
        repository.flush();
        return s;
    }

    @Transactional
    public ProcedureStep patch(long id, String ifMatch, JsonNode patch) {
        ProcedureStep s = access.lockForEdit(repository, id, ifMatch, "procedure step");
        apply(s, mergePatch.apply(ProcedureStepRequest.from(s), patch, ProcedureStepRequest.class));
        repository.flush();
        return s;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        ProcedureStep s = access.lockForEdit(repository, id, ifMatch, "procedure step");
        repository.delete(s);
        repository.flush();
    }

    private void apply(ProcedureStep s, ProcedureStepRequest request) {
        Programme programme = programmes.findByIdOptional(request.programmeId())
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", request.programmeId()));
        access.requireEditor(programme.municipalityTeryt());
        if (s.programme != null && !s.programme.id.equals(programme.id)) {
            throw ApiException.badRequest("programmeId", "cannot move a procedure step to another programme (it belongs to programme "
                    + s.programme.id + ")");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        // why: the committee's opinion and the BIP publication are what art. 22 ust. 2 asks of an assessment only.
        if (request.kind() != ProcedureStepKind.ASSESSMENT) {
            if (request.committeeOpinionDate() != null) {
                errors.add(new Problem.FieldError("committeeOpinionDate", "is recorded only for an ASSESSMENT step"));
            }
            if (request.bipPublishedOn() != null) {
                errors.add(new Problem.FieldError("bipPublishedOn", "is recorded only for an ASSESSMENT step"));
            }
        } else if (request.date() != null) {
            if (request.committeeOpinionDate() != null && request.committeeOpinionDate().isBefore(request.date())) {
                // The committee gives its opinion on the assessment, so not before it exists.
                errors.add(new Problem.FieldError("committeeOpinionDate", "must not be before the assessment's date " + request.date()));
            }
            if (request.bipPublishedOn() != null && request.bipPublishedOn().isBefore(request.date())) {
                errors.add(new Problem.FieldError("bipPublishedOn", "must not be before the assessment's date " + request.date()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        s.programme = programme;
        s.kind = request.kind();
        s.date = request.date();
        s.title = request.title();
        s.documentNumber = request.documentNumber();
        s.journalReference = request.journalReference();
        s.bipUrl = request.bipUrl();
        s.source = request.source();
        s.committeeOpinionDate = request.committeeOpinionDate();
        s.bipPublishedOn = request.bipPublishedOn();
    }
}
