package pl.odnowa.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import pl.odnowa.common.ApiException;
import pl.odnowa.common.QueryParams;
import pl.odnowa.common.VersionedEntity;
import pl.odnowa.common.Where;
import pl.odnowa.compliance.ComplianceService;
import pl.odnowa.evaluation.Fmt;
import pl.odnowa.evaluation.LegalBasisOfCheck;
import pl.odnowa.municipality.MunicipalityRepository;
import pl.odnowa.programme.Programme;
import pl.odnowa.programme.ProgrammeRepository;
import pl.odnowa.security.Access;

/**
 * The list of what is due: asks every {@link DutyProvider} for each programme the caller may see, sets the status
 * from the due date and the list's day, keeps the window and sorts. Read-only.
 */
@ApplicationScoped
public class DueService {

    static final int MAX_HORIZON = 3650;

    private final Instance<DutyProvider> providers;
    private final ProgrammeRepository programmes;
    private final MunicipalityRepository municipalities;
    private final Access access;
    private final DueConfig config;

    DueService(Instance<DutyProvider> providers, ProgrammeRepository programmes, MunicipalityRepository municipalities,
            Access access, DueConfig config) {
        this.providers = providers;
        this.programmes = programmes;
        this.municipalities = municipalities;
        this.access = access;
        this.config = config;
    }

    /** The window and the day of a list, read from the query. */
    public record Window(LocalDate asOf, LocalDate from, LocalDate until) {

        public static Window parse(DueConfig config, String asOf, String from, String until, String horizon) {
            LocalDate day = QueryParams.dateParam("asOf", asOf);
            day = day == null ? ComplianceService.today() : day;
            LocalDate f = QueryParams.dateParam("from", from);
            LocalDate u = QueryParams.dateParam("until", until);
            if (u != null && horizon != null && !horizon.isBlank()) {
                throw ApiException.badRequest("horizon", "give either until or horizon, not both");
            }
            if (u == null) {
                u = day.plusDays(QueryParams.intParam("horizon", horizon, config.horizonDays(), 0, MAX_HORIZON));
            }
            if (f != null && f.isAfter(u)) {
                throw ApiException.badRequest("from", "must not be after until (" + u + ")");
            }
            return new Window(day, f, u);
        }
    }

    public DueList municipality(String teryt, Window window) {
        if (teryt == null || !teryt.matches("[0-9]{7}")) {
            throw ApiException.badRequest("teryt", "must be a 7-digit TERYT code");
        }
        municipalities.findByIdOptional(teryt).orElseThrow(() -> ApiException.notFound("municipality", teryt));
        Where where = new Where().and("p.municipality.teryt = :teryt", "teryt", teryt);
        access.visibleProgrammes(where, "p");
        List<Programme> list = programmes.find("from Programme p where " + where.jpql() + " order by p.periodFrom, p.id",
                where.parameters()).list();
        return build(teryt, null, list, window);
    }

    public DueList programme(long id, Window window) {
        Programme p = VersionedEntity.findOr404(programmes, id, "programme");
        access.requireVisible(p.published, p.municipalityTeryt(), "programme", id);
        return build(p.municipalityTeryt(), p.id, List.of(p), window);
    }

    private DueList build(String teryt, Long programmeId, List<Programme> list, Window window) {
        List<Duty> duties = new ArrayList<>();
        for (Programme p : list) {
            for (DutyProvider provider : providers) {
                for (DutyProvider.Draft d : provider.duties(p, window.asOf())) {
                    Duty duty = duty(p, d, window.asOf());
                    if (inWindow(duty, window)) {
                        duties.add(duty);
                    }
                }
            }
        }
        duties.sort(Comparator.comparing(Duty::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Duty::programmeId).thenComparing(Duty::code));
        return new DueList(teryt, programmeId, window.asOf(), window.from(), window.until(), config.soonDays(),
                List.copyOf(duties), DueList.Summary.of(duties));
    }

    /** UNKNOWN and overdue duties are always kept, unless from leaves them out; the others up to until. */
    private static boolean inWindow(Duty d, Window w) {
        if (d.dueDate() == null) {
            return w.from() == null;
        }
        if (w.from() != null && d.dueDate().isBefore(w.from())) {
            return false;
        }
        return d.status() == DutyStatus.OVERDUE || d.status() == DutyStatus.UNKNOWN || !d.dueDate().isAfter(w.until());
    }

    private Duty duty(Programme p, DutyProvider.Draft d, LocalDate asOf) {
        Long days = d.dueDate() == null ? null : ChronoUnit.DAYS.between(asOf, d.dueDate());
        DutyStatus status = d.unknown() || days == null ? DutyStatus.UNKNOWN
                : days < 0 ? DutyStatus.OVERDUE : days <= config.soonDays() ? DutyStatus.DUE_SOON : DutyStatus.UPCOMING;
        String pl = d.pl();
        String en = d.en();
        if (status == DutyStatus.UNKNOWN) {
            pl += " Uzupełnij brakujące dane, aby wyznaczyć termin.";
            en += " Record the missing data to set the due date.";
        } else {
            long abs = Math.abs(days);
            String daysPl = abs + " " + Fmt.plural(abs, "dzień", "dni", "dni");
            String daysEn = abs + " day" + (abs == 1 ? "" : "s");
            pl += status == DutyStatus.OVERDUE ? " Termin minął " + daysPl + " temu." : abs == 0 ? " Termin mija dziś."
                    : " Zostało " + daysPl + ".";
            en += status == DutyStatus.OVERDUE ? " Overdue by " + daysEn + "." : abs == 0 ? " Due today." : " " + daysEn + " left.";
        }
        return new Duty(d.code(), d.article(), LegalBasisOfCheck.ACT_2015.citationPl(), p.id, p.name, p.shortName,
                d.dueDate(), status, days, List.copyOf(d.computedFrom()), List.copyOf(d.missing()), pl, en,
                "/programmes/" + p.id + "/procedure");
    }
}
