package pl.odnowa.consultation;

/**
 * A form of social consultation (Revitalisation Act art. 6 ust. 3). Comments on paper or electronically are the form of
 * pkt 1, required in every consultation (ust. 4); the others are those of pkt 2, of which at least two are required.
 */
public enum ConsultationForm {
    /** pkt 1: comments collected on paper. */
    WRITTEN_COMMENTS(1, "zbieranie uwag w postaci papierowej", "comments collected on paper"),
    /** pkt 1: comments collected electronically (e-mail, a form in the BIP). */
    ELECTRONIC_COMMENTS(1, "zbieranie uwag w postaci elektronicznej", "comments collected electronically"),
    /** pkt 2: meetings; ust. 3a: also held remotely, so ONLINE_MEETING is the same form. */
    MEETING(2, "spotkania", "meetings"),
    /** pkt 2 with ust. 3a: a meeting or debate held remotely with video and sound, counted as the form "meetings". */
    ONLINE_MEETING(2, "spotkania", "meetings"),
    DEBATE(2, "debaty", "debates"),
    WORKSHOP(2, "warsztaty", "workshops"),
    WALK_STUDY(2, "spacery studyjne", "study walks"),
    SURVEY(2, "ankiety", "surveys"),
    INTERVIEWS(2, "wywiady", "interviews"),
    REPRESENTATIVE_GROUP(2, "wykorzystanie grup przedstawicielskich", "representative groups"),
    ORAL_COMMENTS(2, "zbieranie uwag ustnych", "oral comments"),
    /** A form the Act does not name: recorded, but it counts for neither pkt 1 nor pkt 2. */
    OTHER(0, "inna forma", "another form");

    /** 1 or 2: the point of art. 6 ust. 3 the form belongs to; 0: none. */
    public final int point;
    /** The Act's name of the form; two values with the same name are one form of the Act. */
    public final String actNamePl;
    public final String actNameEn;

    ConsultationForm(int point, String actNamePl, String actNameEn) {
        this.point = point;
        this.actNamePl = actNamePl;
        this.actNameEn = actNameEn;
    }
}
