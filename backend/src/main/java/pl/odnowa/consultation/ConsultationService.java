package pl.odnowa.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.Parts;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.common.Where;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRecords;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

@ApplicationScoped
public class ConsultationService extends ProgrammeRecords<Consultation, ConsultationRequest> {

    static final Kind<Consultation, ConsultationRequest> KIND = new Kind<>("consultation",
            ConsultationRequest.class, Consultation::new, c -> c.programme,
            ConsultationRequest::programmeId, ConsultationRequest::from);

    public static final int MAX_COMMENTS = 2000;

    static final Map<String, String> SORTS = Map.of("startDate", "startDate", "endDate", "endDate", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "startDate";

    ConsultationService(ConsultationRepository repository, ProgrammeRepository programmes, MergePatch mergePatch, Access access) {
        super(KIND, repository, programmes, mergePatch, access);
    }

    public record Filter(String municipality, String programme) {
    }

    public PageResponse<ConsultationResponse> list(Filter filter, SyncListParams params) {
        Where where = programmeFilter(filter.municipality(), filter.programme());
        return page(where, params, Sorting.parse(params.sort, SORTS, DEFAULT_SORT), ConsultationResponse::from);
    }

    @Override
    protected void apply(Consultation c, ConsultationRequest request, Programme programme) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.startDate() != null && request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            errors.add(new Problem.FieldError("endDate", "must not be before startDate " + request.startDate()));
        }
        if (request.startDate() != null && request.summaryPublishedOn() != null
                && request.summaryPublishedOn().isBefore(request.startDate())) {
            // A summary of the consultation cannot precede it.
            errors.add(new Problem.FieldError("summaryPublishedOn", "must not be before startDate " + request.startDate()));
        }
        List<ConsultationForm> forms = request.forms() == null ? List.of() : request.forms();
        Set<ConsultationForm> seen = new HashSet<>();
        for (int i = 0; i < forms.size(); i++) {
            if (!seen.add(forms.get(i))) {
                errors.add(new Problem.FieldError("forms[" + i + "]", "repeats " + forms.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        c.programme = programme;
        c.subject = request.subject();
        c.startDate = request.startDate();
        c.endDate = request.endDate();
        c.announcementDate = request.announcementDate();
        c.forms.clear();
        c.forms.addAll(forms);
        c.summaryPublishedOn = request.summaryPublishedOn();
        c.summaryUrl = request.summaryUrl();
        c.source = request.source();
        List<CommentRequest> comments = request.comments() == null ? List.of() : request.comments();
        Parts.replace(c.comments, comments.size(), ConsultationComment::new, (row, i) -> {
            CommentRequest r = comments.get(i);
            row.consultation = c;
            row.position = i;
            row.author = r.author();
            row.content = r.content();
            row.response = r.response();
            row.outcome = r.outcome();
        });
    }
}
