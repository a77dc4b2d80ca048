package pl.odnowa.due;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An RFC 5545 calendar of the dated duties: one all-day VEVENT per duty (UNKNOWN ones without a date are left out),
 * UID stable per duty and programme, text escaped (§3.3.11) and lines folded at 75 octets without splitting a UTF-8
 * character (§3.1), CRLF line ends.
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar";

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private ICalendar() {
    }

    /**
     * @param spaBase the SPA's absolute base address without the trailing slash, e.g. https://odnowa.example.pl
     * @param english English texts, else Polish
     */
    static String render(DueList list, String name, String spaBase, boolean english, OffsetDateTime now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Odnowa//What is due//" + (english ? "EN" : "PL"));
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        String stamp = now.withOffsetSameInstant(ZoneOffset.UTC).format(STAMP);
        for (Duty d : list.duties()) {
            if (d.dueDate() == null) {
                continue;
            }
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(d));
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + d.dueDate().format(DATE));
            line(out, "DTEND;VALUE=DATE:" + d.dueDate().plusDays(1).format(DATE));
            String programme = d.programmeShortName() != null ? d.programmeShortName() : d.programmeName();
            line(out, "SUMMARY:" + text(status(d.status(), english) + title(d.code(), english) + " — " + programme
                    + " (" + d.article() + ")"));
            line(out, "DESCRIPTION:" + text((english ? d.explanationEn() : d.explanationPl()) + "\n" + d.article() + " — "
                    + d.act()));
            line(out, "URL:" + spaBase + d.page());
            line(out, "CATEGORIES:" + d.status());
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** Stable per duty: per programme, and per consultation for a consultation's summary (a programme may have several). */
    static String uid(Duty d) {
        String uid = d.code().toLowerCase().replace('_', '-') + "-programme-" + d.programmeId();
        if (d.code().equals(ConsultationSummaryDuties.CODE) && !d.computedFrom().isEmpty()) {
            uid += "-consultation-" + d.computedFrom().get(0).id();
        }
        return uid + "@odnowa";
    }

    static String title(String code, boolean en) {
        return switch (code) {
            case "ART_22_ASSESSMENT" -> en ? "Assessment of the programme" : "Ocena aktualności i stopnia realizacji programu";
            case "ART_7_COMMITTEE_RULES" -> en ? "Resolution on the Revitalisation Committee's rules"
                    : "Uchwała o zasadach Komitetu Rewitalizacji";
            case ConsultationSummaryDuties.CODE -> en ? "Summary of the consultation" : "Podsumowanie konsultacji społecznych";
            case "ART_52_PR_PROJECTS" -> en ? "End of the projects without a GPR" : "Koniec przedsięwzięć bez GPR";
            default -> code;
        };
    }

    private static String status(DutyStatus s, boolean en) {
        return switch (s) {
            case OVERDUE -> en ? "[OVERDUE] " : "[ZALEGŁE] ";
            case DUE_SOON -> en ? "[DUE SOON] " : "[WKRÓTCE] ";
            case UNKNOWN -> en ? "[UNKNOWN] " : "[NIEZNANE] ";
            case UPCOMING -> "";
        };
    }

    /** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
    static String text(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c < 0x20 || c == 0x7f ? ' ' : c);
            }
        }
        return b.toString();
    }

    /** Appends a content line folded at 75 octets (continuations start with one space), ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
