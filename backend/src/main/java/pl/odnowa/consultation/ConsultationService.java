package pl.odnowa.consultation;

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
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

@ApplicationScoped
public class ConsultationService {

    public static final int MAX_COMMENTS = 2000;

    static final Map<String, String> SORTS = Map.of("startDate", "startDate", "endDate", "endDate", "createdAt", "createdAt",
            "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "startDate";

    private final ConsultationRepository repository;
    private final ProgrammeRepository programmes;
    private final MergePatch mergePatch;
    private final Access access;

    ConsultationService(ConsultationRepository repository, ProgrammeRepository programmes, MergePatch mergePatch, Access access) {
        this.repository = repository;
        this.programmes = programmes;
        this.mergePatch = mergePatch;
        this.access = access;
    }

    public record Filter(String municipality, String programme) {
    }

    public PageResponse<ConsultationResponse> list(Filter filter, SyncListParams params) {
        PageRequest page = params.pageRequest();
        Where where = new Where()
                .and("programme.municipality.teryt = :municipality", "municipality",
                        QueryParams.textParam("municipality", filter.municipality(), 7))
                .and("programme.id = :programme", "programme", QueryParams.longParam("programme", filter.programme()));
        where.and("updatedAt > :updatedSince", "updatedSince", params.updatedSince());
        access.visibleProgrammes(where, "programme");
        var query = repository.find(where.jpql(), Sorting.parse(params.sort, SORTS, DEFAULT_SORT), where.parameters());
        return PageResponse.of(query.page(page.toPage()).list(), page, query.count(), ConsultationResponse::from);
    }

    public Consultation get(long id) {
        Consultation c = VersionedEntity.findOr404(repository, id, "consultation");
        access.requireVisible(c.programme.published, c.municipalityTeryt(), "consultation", id);
        return c;
    }

    @Transactional
    public Consultation create(ConsultationRequest request) {
        Consultation c = new Consultation();
        apply(c, request);
        repository.persistAndFlush(c);
        return c;
    }

    @Transactional
    public Consultation replace(long id, String ifMatch, ConsultationRequest request) {
        Consultation c = access.lockForEdit(repository, id, ifMatch, "consultation");
        apply(c, request);
        repository.flush();
        return c;
    }

    @Transactional
    public Consultation patch(long id, String ifMatch, JsonNode patch) {
        Consultation c = access.lockForEdit(repository, id, ifMatch, "consultation");
        apply(c, mergePatch.apply(ConsultationRequest.from(c), patch, ConsultationRequest.class));
        repository.flush();
        return c;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Consultation c = access.lockForEdit(repository, id, ifMatch, "consultation");
        repository.delete(c);
        repository.flush();
    }

    private void apply(Consultation c, ConsultationRequest request) {
        Programme programme = programmes.findByIdOptional(request.programmeId())
                .orElseThrow(() -> ApiException.unknownReference("programmeId", "programme", request.programmeId()));
        access.requireEditor(programme.municipalityTeryt());
        if (c.programme != null && !c.programme.id.equals(programme.id)) {
            throw ApiException.badRequest("programmeId", "cannot move a consultation to another programme (it belongs to programme "
                    + c.programme.id + ")");
        }
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
        // Rows are reused in order, so an edit of one response shows in the history as one changed part.
        for (int i = 0; i < comments.size(); i++) {
            ConsultationComment row = i < c.comments.size() ? c.comments.get(i) : new ConsultationComment();
            CommentRequest r = comments.get(i);
            row.consultation = c;
            row.position = i;
            row.author = r.author();
            row.content = r.content();
            row.response = r.response();
            row.outcome = r.outcome();
            if (i >= c.comments.size()) {
                c.comments.add(row);
            }
        }
        while (c.comments.size() > comments.size()) {
            c.comments.remove(c.comments.size() - 1);
        }
    }
}
