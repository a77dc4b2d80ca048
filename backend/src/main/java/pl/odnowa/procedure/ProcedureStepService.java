package pl.odnowa.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.Where;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRecords;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

@ApplicationScoped
public class ProcedureStepService extends ProgrammeRecords<ProcedureStep, ProcedureStepRequest> {

    static final Kind<ProcedureStep, ProcedureStepRequest> KIND = new Kind<>("procedure step",
            ProcedureStepRequest.class, ProcedureStep::new, s -> s.programme,
            ProcedureStepRequest::programmeId, ProcedureStepRequest::from);

    static final Map<String, String> SORTS = Map.of("date", "date", "kind", "kind", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "date";

    ProcedureStepService(ProcedureStepRepository repository, ProgrammeRepository programmes, MergePatch mergePatch,
            Access access) {
        super(KIND, repository, programmes, mergePatch, access);
    }

    public record Filter(String municipality, String programme, String kind) {
    }

    public PageResponse<ProcedureStepResponse> list(Filter filter, SyncListParams params) {
        Where where = programmeFilter(filter.municipality(), filter.programme())
                .and("kind = :kind", "kind", QueryParams.enumParam("kind", filter.kind(), ProcedureStepKind.class));
        return page(where, params, Sorting.parse(params.sort, SORTS, DEFAULT_SORT), ProcedureStepResponse::from);
    }

    @Override
    protected void apply(ProcedureStep s, ProcedureStepRequest request, Programme programme) {
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
