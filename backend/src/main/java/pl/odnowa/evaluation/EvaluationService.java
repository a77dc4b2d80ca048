package pl.odnowa.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.Where;
import pl.odnowa.security.Access;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRecords;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.sdg.SdgTargetRepository;

/** Evaluations of a programme. Deleting one that recommendations belong to is a 409 (recommendation_evaluation_fk). */
@ApplicationScoped
public class EvaluationService extends ProgrammeRecords<Evaluation, EvaluationRequest> {

    static final Kind<Evaluation, EvaluationRequest> KIND = new Kind<>("evaluation",
            EvaluationRequest.class, Evaluation::new, e -> e.programme,
            EvaluationRequest::programmeId, EvaluationRequest::from);

    static final Map<String, String> SORTS = Map.of("date", "date", "type", "type", "author", "author",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    static final String DEFAULT_SORT = "date";

    private final SdgTargetRepository sdgTargets;

    EvaluationService(EvaluationRepository repository, ProgrammeRepository programmes, SdgTargetRepository sdgTargets,
            MergePatch mergePatch, Access access) {
        super(KIND, repository, programmes, mergePatch, access);
        this.sdgTargets = sdgTargets;
    }

    public record Filter(String municipality, String programme, String type) {
    }

    public PageResponse<EvaluationResponse> list(Filter filter, SyncListParams params) {
        String sort = params.sort;
        Where where = programmeFilter(filter.municipality(), filter.programme())
                .and("type = :type", "type", QueryParams.enumParam("type", filter.type(), EvaluationType.class));
        return page(where, params, Sorting.parse(sort, SORTS, DEFAULT_SORT), EvaluationResponse::from);
    }

    @Override
    protected void apply(Evaluation e, EvaluationRequest request, Programme programme) {
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
