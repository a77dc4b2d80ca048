package pl.odnowa.due;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueList", description = "What a municipality or a programme has to do under the Revitalisation Act, by due date"
        + " (undated UNKNOWN duties last). Overdue and UNKNOWN duties are always listed unless `from` is given; the rest up to `until`.")
public record DueList(
        @Schema(example = "2461011") String municipality,
        @Schema(example = "3", description = "The programme, for a programme's list; null for a municipality's") Long programmeId,
        @Schema(example = "2026-12-07", description = "The day statuses are computed for (today in Europe/Warsaw unless asOf)") LocalDate asOf,
        @Schema(example = "null", description = "Duties due before this day are left out (null: none is)") LocalDate from,
        @Schema(example = "2027-12-07") LocalDate until,
        @Schema(example = "90", description = "A duty due within this many days is DUE_SOON") int soonDays,
        List<Duty> duties,
        Summary summary) {

    @Schema(name = "DueSummary")
    public record Summary(@Schema(example = "1") int overdue, @Schema(example = "0") int dueSoon,
            @Schema(example = "2") int upcoming, @Schema(example = "2") int unknown) {

        static Summary of(List<Duty> duties) {
            return new Summary(count(duties, DutyStatus.OVERDUE), count(duties, DutyStatus.DUE_SOON),
                    count(duties, DutyStatus.UPCOMING), count(duties, DutyStatus.UNKNOWN));
        }

        private static int count(List<Duty> duties, DutyStatus s) {
            return (int) duties.stream().filter(d -> d.status() == s).count();
        }
    }
}
