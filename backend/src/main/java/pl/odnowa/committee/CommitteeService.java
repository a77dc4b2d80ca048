package pl.odnowa.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.MergePatch;
import pl.odnowa.common.Parts;
import pl.odnowa.common.PageResponse;
import pl.odnowa.common.Problem;
import pl.odnowa.common.Sorting;
import pl.odnowa.common.SyncListParams;
import pl.odnowa.procedure.ProcedureStep;
import pl.odnowa.procedure.ProcedureStepRepository;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRecords;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

@ApplicationScoped
public class CommitteeService extends ProgrammeRecords<Committee, CommitteeRequest> {

    static final Kind<Committee, CommitteeRequest> KIND = new Kind<>("committee",
            CommitteeRequest.class, Committee::new, c -> c.programme,
            CommitteeRequest::programmeId, CommitteeRequest::from);

    public static final int MAX_PARTS = 500;

    static final Map<String, String> SORTS = Map.of("createdAt", "createdAt", "updatedAt", "updatedAt", "id", "id");
    static final String DEFAULT_SORT = "id";

    private final ProcedureStepRepository steps;

    CommitteeService(CommitteeRepository repository, ProgrammeRepository programmes, ProcedureStepRepository steps,
            MergePatch mergePatch, Access access) {
        super(KIND, repository, programmes, mergePatch, access);
        this.steps = steps;
    }

    public record Filter(String municipality, String programme) {
    }

    public PageResponse<CommitteeResponse> list(Filter filter, SyncListParams params) {
        return page(programmeFilter(filter.municipality(), filter.programme()), params,
                Sorting.parse(params.sort, SORTS, DEFAULT_SORT), CommitteeResponse::from);
    }

    @Override
    protected void apply(Committee c, CommitteeRequest request, Programme programme) {
        List<CommitteeRequest.Member> members = request.members() == null ? List.of() : request.members();
        List<CommitteeRequest.Meeting> meetings = request.meetings() == null ? List.of() : request.meetings();
        List<CommitteeRequest.Opinion> opinions = request.opinions() == null ? List.of() : request.opinions();
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            CommitteeRequest.Member m = members.get(i);
            if (m.startDate() != null && m.endDate() != null && m.endDate().isBefore(m.startDate())) {
                errors.add(new Problem.FieldError("members[" + i + "].endDate", "must not be before startDate " + m.startDate()));
            }
        }
        List<ProcedureStep> opinionSteps = new ArrayList<>();
        for (int i = 0; i < opinions.size(); i++) {
            CommitteeRequest.Opinion o = opinions.get(i);
            ProcedureStep step = o.procedureStepId() == null ? null : steps.findById(o.procedureStepId());
            opinionSteps.add(step);
            String field = "opinions[" + i + "].";
            if (o.procedureStepId() != null && (step == null || !step.programme.id.equals(programme.id))) {
                errors.add(new Problem.FieldError(field + "procedureStepId", "no procedure step " + o.procedureStepId()
                        + " of programme " + programme.id));
            } else if (step != null && step.date != null && o.date() != null && o.date().isBefore(step.date)) {
                // The committee gives its opinion on a document, so not before it exists.
                errors.add(new Problem.FieldError(field + "date", "must not be before the step's date " + step.date));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (c.programme == null) {
            repository.find("programme.id", programme.id).firstResultOptional().ifPresent(other -> {
                throw ApiException.conflict("programme " + programme.id + " already has a committee (" + other.id + "): edit that one");
            });
        }
        c.programme = programme;
        c.name = request.name();
        c.source = request.source();
        Parts.replace(c.members, members.size(), CommitteeMember::new, (row, i) -> {
            CommitteeRequest.Member r = members.get(i);
            row.committee = c;
            row.position = i;
            row.name = r.name();
            row.represents = r.represents();
            row.organisation = r.organisation();
            row.startDate = r.startDate();
            row.endDate = r.endDate();
        });
        Parts.replace(c.meetings, meetings.size(), CommitteeMeeting::new, (row, i) -> {
            CommitteeRequest.Meeting r = meetings.get(i);
            row.committee = c;
            row.position = i;
            row.date = r.date();
            row.agenda = r.agenda();
            row.minutesReference = r.minutesReference();
            row.minutesUrl = r.minutesUrl();
        });
        Parts.replace(c.opinions, opinions.size(), CommitteeOpinion::new, (row, i) -> {
            CommitteeRequest.Opinion r = opinions.get(i);
            row.committee = c;
            row.position = i;
            row.date = r.date();
            row.subject = r.subject();
            row.procedureStep = opinionSteps.get(i);
            row.stance = r.stance();
            row.text = r.text();
            row.documentUrl = r.documentUrl();
        });
    }
}
