package pl.odnowa.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import pl.odnowa.security.Access;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.sdg.SdgTargetRepository;

@ApplicationScoped
public class EvaluationService {

    static final Map<String, String> SORTS = Map.of("date", "date", "type", "type", "author", "author",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    static final String DEFAULT_SORT = "date";

    private final EvaluationRepository repository;
    private final ProgrammeRepository programmes;
    private final SdgTargetRepository sdgTargets;
    private final MergePatch mergePatch;
    private final Access access;

    EvaluationService(EvaluationRepository repository, ProgrammeRepository programmes, SdgTargetRepository sdgTargets,
            MergePatch mergePatch, Access access) {
        this.repository = repository;
        this.programmes = programmes;
        this.sdgTargets = sdgTargets;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public record Filter(String municipality, String programme, String type) {
    }

    public PageResponse<EvaluationResponse> list(Filter filter, SyncListParams params) {
        String sort = params.sort;
        PageRequest page = params.pageRequest();
        Where where = new Where()
                .and("programme.municipality.teryt = :municipality", "municipality",
                        QueryParams.textParam("municipality", filter.municipality(), 7))
                .and("programme.id = :programme", "programme", QueryParams.longParam("programme", filter.programme()))
                .and("type = :type", "type", QueryParams.enumParam("type", filter.type(), EvaluationType.class));
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleProgrammes(where, "programme");
        var query = repository.find(where.jpql(), Sorting.parse(sort, SORTS, DEFAULT_SORT), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), EvaluationResponse::from);
    }

    public Evaluation get(long id) {
        Evaluation e = VersionedEntity.findOr404(repository, id, "evaluation");
        access.requireVisible(e.programme.published, e.municipalityTeryt(), "evaluation", id);
        return e;
    }

    @Transactional
    public Evaluation create(EvaluationRequest request) {
        Evaluation e = new Evaluation();
        apply(e, request);
        repository.persistAndFlush(e);
        return e;
    }

    @Transactional
    public Evaluation replace(long id, String ifMatch, EvaluationRequest request) {
        Evaluation e = access.lockForEdit(repository, id, ifMatch, "evaluation");
        apply(e, request);
        repository.flush();
        return e;
    }

    @Transactional
    public Evaluation patch(long id, String ifMatch, JsonNode patch) {
        Evaluation e = access.lockForEdit(repository, id, ifMatch, "evaluation");
        apply(e, mergePatch.apply(EvaluationRequest.from(e), patch, EvaluationRequest.class));
        repository.flush();
        return e;
    }

    /** Deleting an evaluation that recommendations belong to is a 409 (recommendation_evaluation_fk). */
    @Transactional
    public void delete(long id, String ifMatch) {
        Evaluation e = access.lockForEdit(repository, id, ifMatch, "evaluation");
        repository.delete(e);
        repository.flush();
    }

    private void apply(Evaluation e, EvaluationRequest request) {
        Programme programme = programmes.findByIdOptional(request.programmeId())
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", request.programmeId()));
        access.requireEditor(programme.municipalityTeryt());
        if (e.programme != null && !e.programme.id.equals(programme.id)) {
            throw ApiException.badRequest("programmeId", "cannot move an evaluation to another programme (it belongs to programme "
                    + e.programme.id + ")");
        }
        List<Finding> findings = request.findings() == null ? List.of() : request.findings();
        Set<String> codes = findings.stream().map(Finding::sdgTarget).filter(c -> c != null).collect(Collectors.toSet());
        Set<String> known = codes.isEmpty() ? Set.of()
                : sdgTargets.list("code in ?1", codes).stream().map(t -> t.code).collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            String code = findings.get(i).sdgTarget();
            if (code != null && !known.contains(code)) {
                errors.add(new Problem.FieldError("findings[" + i + "].sdgTarget",
                        "SDG target " + code + " does not exist; use a code like 11.1 … 11.c"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        e.programme = programme;
        e.type = request.type();
        e.date = request.date();
        e.author = request.author();
        e.committeeOpinion = request.committeeOpinion();
        e.committeeOpinionDate = request.committeeOpinionDate();
        e.bipPublication = request.bipPublication();
        e.bipPublishedOn = request.bipPublishedOn();
        e.acceptedBy = request.acceptedBy();
        e.acceptedOn = request.acceptedOn();
        e.findings = new ArrayList<>(findings);
    }
}
