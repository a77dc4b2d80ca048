package pl.odnowa.due;

import java.time.LocalDate;
import java.util.List;

import pl.odnowa.programme.Programme;

/**
 * One source of duties (art. 22, art. 7, art. 52, art. 6 consultation summaries): a CDI bean, found by
 * {@link DueService} through {@code Instance<DutyProvider>}. It says what is due and from which facts; the service
 * sets the status from the date, filters and sorts.
 */
public interface DutyProvider {

    /** The duties of one programme the caller may see, as of {@code asOf}; none when nothing is due. */
    List<Draft> duties(Programme programme, LocalDate asOf);

    /**
     * A duty before its status is set.
     *
     * @param unknown the due date (if any) is known but whether the duty is done is not: status UNKNOWN
     * @param pl      the explanation without the status sentence, in Polish
     */
    record Draft(String code, String article, LocalDate dueDate, boolean unknown, List<Duty.Source> computedFrom,
            List<String> missing, String pl, String en) {
    }
}
