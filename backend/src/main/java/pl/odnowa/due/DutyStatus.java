package pl.odnowa.due;

/** Where a duty stands on the day the list is made for. */
public enum DutyStatus {
    /** Its due date has passed and it is not recorded as done. */
    OVERDUE,
    /** Due within the next {@code odnowa.due.soon-days} days (the due day included). */
    DUE_SOON,
    /** Due later. */
    UPCOMING,
    /** An input step is not recorded, so its due date or whether it is done is not known: see {@code missing}. */
    UNKNOWN
}
