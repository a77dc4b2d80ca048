package pl.odnowa.consultation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import pl.odnowa.evaluation.Check;
import pl.odnowa.evaluation.CheckResult;

/**
 * The checks of art. 6 of the Revitalisation Act on a programme's consultations, one of each per consultation; pure
 * functions of the recorded data. Where a record is missing the check is UNKNOWN and names it.
 *
 * <p>Texts read (Dz.U. 2024 poz. 278 and the text in force 24 Jun – 31 Dec 2020, via sip.lex.pl):
 * <ul>
 * <li>art. 6 ust. 3 pkt 1: "zbieranie uwag w postaci papierowej lub elektronicznej"; pkt 2: "spotkania, debaty, warsztaty,
 * spacery studyjne, ankiety, wywiady, wykorzystanie grup przedstawicielskich lub zbieranie uwag ustnych"; ust. 3a: meetings
 * and debates may be held remotely;</li>
 * <li>art. 6 ust. 4: "z wykorzystaniem formy, o której mowa w ust. 3 pkt 1, oraz co najmniej dwóch form, o których mowa w
 * ust. 3 pkt 2";</li>
 * <li>art. 6 ust. 5 since 24 Sep 2023 (Dz.U. 2023 poz. 1688): "Termin wyznaczony na składanie uwag nie może być krótszy niż
 * 35 dni, licząc od dnia rozpoczęcia konsultacji społecznych"; in the 2020 text: "nie może być krótszy niż 30 dni, licząc od
 * dnia powiadomienia, o którym mowa w ust. 2". The 2021–2023 text was not read: assumed the 2020 one.</li>
 * </ul>
 * The deadline of the summary was not read in the Act: its number of days is configured and the check says so.
 */
public final class ConsultationRules {

    /** The thresholds, from {@code odnowa.compliance.*}. */
    public record Limits(int minDays, int minDaysBefore, LocalDate rulesChange, int summaryDays) {
    }

    private final Limits limits;

    public ConsultationRules(Limits limits) {
        this.limits = limits;
    }

    private static final String DURATION = "ART_6_CONSULTATION_DURATION";
    private static final String FORMS = "ART_6_CONSULTATION_FORMS";
    private static final String SUMMARY = "ART_6_CONSULTATION_SUMMARY";

    /** The three checks for each consultation, or each UNKNOWN once when none is recorded. */
    public List<Check> checks(List<Consultation> consultations, LocalDate today) {
        List<Check> checks = new ArrayList<>();
        if (consultations.isEmpty()) {
            String pl = "Nie odnotowano żadnych konsultacji społecznych programu, więc nie można sprawdzić ";
            String en = "No social consultation of the programme is recorded, so ";
            checks.add(none(DURATION, "art. 6 ust. 5", durationRule(), pl + "czasu ich trwania.",
                    en + "its duration cannot be checked."));
            checks.add(none(FORMS, "art. 6 ust. 4", formsRule(), pl + "ich form.", en + "its forms cannot be checked."));
            checks.add(none(SUMMARY, "art. 6", summaryRule(), pl + "publikacji ich podsumowania.",
                    en + "the publication of its summary cannot be checked."));
            return checks;
        }
        for (Consultation c : consultations) {
            checks.add(duration(c));
            checks.add(forms(c));
            checks.add(summary(c, today));
        }
        return checks;
    }

    private static Check none(String id, String article, String rule, String pl, String en) {
        return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of("consultations"), Map.of(), pl, en);
    }

    private String durationRule() {
        return "Comments are taken for at least " + limits.minDays() + " days counted from the start of the consultation (art. 6"
                + " ust. 5 since " + limits.rulesChange() + "); before, at least " + limits.minDaysBefore()
                + " days counted from the announcement.";
    }

    private static String formsRule() {
        return "A consultation collects comments on paper or electronically (art. 6 ust. 3 pkt 1) and uses at least two of the"
                + " forms of art. 6 ust. 3 pkt 2.";
    }

    private String summaryRule() {
        return "The information summarising the consultation is published within " + limits.summaryDays() + " days after its"
                + " end (assumed: the Act's text on this deadline was not read here; odnowa.compliance.consultation-summary-days).";
    }

    private static String path(Consultation c) {
        return "consultations[" + c.id + "]";
    }

    private static String name(Consultation c, boolean pl) {
        String dates = c.startDate == null ? "" : (pl ? " z " : " of ") + c.startDate
                + (c.endDate == null ? "" : "–" + c.endDate);
        return (pl ? "Konsultacje" : "The consultation") + dates;
    }

    /**
     * {@code ART_6_CONSULTATION_DURATION}. Days are counted with both the first and the last day in (the start day is day
     * 1: "licząc od dnia rozpoczęcia"), 14 Jun – 20 Jul is 37 days. Under the rule before {@code rulesChange} the count
     * runs from the announcement; without it the start is used, which is a lower bound (an announcement comes no later),
     * so a pass from the start is a pass and a shortfall is UNKNOWN until the announcement is recorded.
     */
    Check duration(Consultation c) {
        String rule = durationRule();
        Map<String, Object> figures = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        if (c.startDate == null) {
            missing.add(path(c) + ".startDate");
        }
        if (c.endDate == null) {
            missing.add(path(c) + ".endDate");
        }
        if (!missing.isEmpty()) {
            return new Check(DURATION, "art. 6 ust. 5", rule, String.valueOf(c.id), CheckResult.UNKNOWN, missing, figures,
                    name(c, true) + ": nie odnotowano daty rozpoczęcia lub zakończenia, więc nie można policzyć dni.",
                    name(c, false) + ": its start or end date is not recorded, so its days cannot be counted.");
        }
        boolean newRule = !c.startDate.isBefore(limits.rulesChange());
        int min = newRule ? limits.minDays() : limits.minDaysBefore();
        LocalDate from = newRule || c.announcementDate == null || c.announcementDate.isAfter(c.startDate)
                ? c.startDate : c.announcementDate;
        long days = ChronoUnit.DAYS.between(from, c.endDate) + 1;
        figures.put("startDate", c.startDate.toString());
        figures.put("endDate", c.endDate.toString());
        figures.put("countedFrom", from.equals(c.startDate) ? "startDate" : "announcementDate");
        figures.put("days", days);
        figures.put("minimumDays", min);
        figures.put("textInForce", newRule ? "since " + limits.rulesChange() : "before " + limits.rulesChange());
        String fromPl = from.equals(c.startDate) ? "od dnia rozpoczęcia " + from : "od dnia ogłoszenia " + from;
        String fromEn = from.equals(c.startDate) ? "from the start on " + from : "from the announcement on " + from;
        String textPl = newRule ? "art. 6 ust. 5 w brzmieniu od " + limits.rulesChange() : "art. 6 ust. 5 w brzmieniu sprzed "
                + limits.rulesChange() + " (liczone od powiadomienia)";
        String textEn = newRule ? "art. 6 ust. 5 as in force since " + limits.rulesChange() : "art. 6 ust. 5 as in force before "
                + limits.rulesChange() + " (counted from the announcement)";
        if (days >= min) {
            String notePl = days == min ? " Gdyby nie liczyć dnia początkowego (art. 111 § 2 Kodeksu cywilnego), zabrakłoby jednego dnia." : "";
            String noteEn = days == min ? " If the first day were not counted (art. 111 § 2 of the Civil Code), it would be one day short." : "";
            return new Check(DURATION, "art. 6 ust. 5", rule, String.valueOf(c.id), CheckResult.PASS, List.of(), figures,
                    name(c, true) + ": uwagi zbierano " + days + " dni " + fromPl + " do " + c.endDate + "; minimum według "
                            + textPl + ": " + min + " dni — warunek spełniony." + notePl,
                    name(c, false) + ": comments were taken for " + days + " days " + fromEn + " to " + c.endDate
                            + "; the minimum under " + textEn + ": " + min + " days — the condition is met." + noteEn);
        }
        if (!newRule && c.announcementDate == null) {
            return new Check(DURATION, "art. 6 ust. 5", rule, String.valueOf(c.id), CheckResult.UNKNOWN,
                    List.of(path(c) + ".announcementDate"), figures,
                    name(c, true) + ": od rozpoczęcia do końca jest " + days + " dni, mniej niż " + min + "; w brzmieniu sprzed "
                            + limits.rulesChange() + " termin liczy się od powiadomienia, którego daty nie odnotowano.",
                    name(c, false) + ": from its start to its end are " + days + " days, fewer than " + min + "; before "
                            + limits.rulesChange() + " the term ran from the announcement, whose date is not recorded.");
        }
        return new Check(DURATION, "art. 6 ust. 5", rule, String.valueOf(c.id), CheckResult.FAIL, List.of(), figures,
                name(c, true) + ": uwagi zbierano tylko " + days + " dni " + fromPl + " do " + c.endDate + "; minimum według "
                        + textPl + ": " + min + " dni — brakuje " + (min - days) + ".",
                name(c, false) + ": comments were taken for only " + days + " days " + fromEn + " to " + c.endDate
                        + "; the minimum under " + textEn + ": " + min + " days — " + (min - days) + " short.");
    }

    /**
     * {@code ART_6_CONSULTATION_FORMS}: pkt 1 (paper or electronic comments) and two distinct forms of pkt 2; a meeting held
     * remotely is the form "meetings" (ust. 3a), so MEETING and ONLINE_MEETING count once. The recorded forms are taken as
     * the full list; none recorded is UNKNOWN.
     */
    Check forms(Consultation c) {
        String rule = formsRule();
        if (c.forms.isEmpty()) {
            return new Check(FORMS, "art. 6 ust. 4", rule, String.valueOf(c.id), CheckResult.UNKNOWN, List.of(path(c) + ".forms"),
                    Map.of(), name(c, true) + ": nie odnotowano form konsultacji.",
                    name(c, false) + ": its forms are not recorded.");
        }
        boolean point1 = c.forms.stream().anyMatch(f -> f.point == 1);
        Set<String> point2Pl = new LinkedHashSet<>();
        Set<String> point2En = new LinkedHashSet<>();
        c.forms.stream().filter(f -> f.point == 2).sorted().forEach(f -> {
            point2Pl.add(f.actNamePl);
            point2En.add(f.actNameEn);
        });
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("forms", c.forms.stream().sorted().map(Enum::name).toList());
        figures.put("commentsOnPaperOrElectronically", point1);
        figures.put("otherForms", point2Pl.size());
        figures.put("otherFormsRequired", 2);
        boolean pass = point1 && point2Pl.size() >= 2;
        List<String> gapsPl = new ArrayList<>();
        List<String> gapsEn = new ArrayList<>();
        if (!point1) {
            gapsPl.add("brak zbierania uwag w postaci papierowej lub elektronicznej (ust. 3 pkt 1)");
            gapsEn.add("no comments collected on paper or electronically (ust. 3 pkt 1)");
        }
        if (point2Pl.size() < 2) {
            gapsPl.add("form z ust. 3 pkt 2: " + point2Pl.size() + " z wymaganych 2");
            gapsEn.add("forms of ust. 3 pkt 2: " + point2En.size() + " of the 2 required");
        }
        String otherPl = point2Pl.isEmpty() ? "żadnej" : String.join(", ", point2Pl);
        String otherEn = point2En.isEmpty() ? "none" : String.join(", ", point2En);
        String notePl = c.forms.contains(ConsultationForm.OTHER) ? " Forma „inna” nie jest formą z ustawy i się nie liczy." : "";
        String noteEn = c.forms.contains(ConsultationForm.OTHER) ? " The form OTHER is not one of the Act's and does not count." : "";
        return new Check(FORMS, "art. 6 ust. 4", rule, String.valueOf(c.id), pass ? CheckResult.PASS : CheckResult.FAIL, List.of(),
                figures,
                name(c, true) + ": uwagi papierowe lub elektroniczne: " + (point1 ? "tak" : "nie") + "; formy z ust. 3 pkt 2: "
                        + otherPl + (pass ? " — warunek spełniony." : " — " + String.join("; ", gapsPl) + ".") + notePl,
                name(c, false) + ": comments on paper or electronically: " + (point1 ? "yes" : "no") + "; forms of ust. 3 pkt 2: "
                        + otherEn + (pass ? " — the condition is met." : " — " + String.join("; ", gapsEn) + ".") + noteEn);
    }

    /** The last day of the summary's publication: the end plus the configured (assumed) days; null without an end date. */
    public LocalDate summaryDueDate(Consultation c) {
        return c.endDate == null ? null : c.endDate.plusDays(limits.summaryDays());
    }

    public int summaryDays() {
        return limits.summaryDays();
    }

    /** {@code ART_6_CONSULTATION_SUMMARY}: published within the configured days after the end (an assumed deadline). */
    Check summary(Consultation c, LocalDate today) {
        String rule = summaryRule();
        String article = "art. 6";
        String assumedPl = " Termin " + limits.summaryDays() + " dni przyjęto bez odczytania przepisu (do weryfikacji).";
        String assumedEn = " The " + limits.summaryDays() + "-day deadline is assumed, not read in the Act (to verify).";
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("days", limits.summaryDays());
        figures.put("assumed", true);
        if (c.endDate == null) {
            return new Check(SUMMARY, article, rule, String.valueOf(c.id), CheckResult.UNKNOWN, List.of(path(c) + ".endDate"), figures,
                    name(c, true) + ": nie odnotowano daty zakończenia, więc nie wiadomo, do kiedy opublikować podsumowanie." + assumedPl,
                    name(c, false) + ": its end date is not recorded, so the summary's deadline is not known." + assumedEn);
        }
        LocalDate due = summaryDueDate(c);
        figures.put("endDate", c.endDate.toString());
        figures.put("dueDate", due.toString());
        if (c.summaryPublishedOn == null) {
            boolean overdue = today.isAfter(due);
            return new Check(SUMMARY, article, rule, String.valueOf(c.id), CheckResult.UNKNOWN,
                    List.of(path(c) + ".summaryPublishedOn"), figures,
                    name(c, true) + ": nie odnotowano publikacji podsumowania" + (c.summaryUrl != null ? " (jest adres, brak daty)" : "")
                            + (overdue ? "; termin minął " + due + "." : "; termin: " + due + ".") + assumedPl,
                    name(c, false) + ": the summary's publication is not recorded" + (c.summaryUrl != null ? " (an address, no date)" : "")
                            + (overdue ? "; the deadline passed on " + due + "." : "; due by " + due + ".") + assumedEn);
        }
        figures.put("summaryPublishedOn", c.summaryPublishedOn.toString());
        boolean pass = !c.summaryPublishedOn.isAfter(due);
        return new Check(SUMMARY, article, rule, String.valueOf(c.id), pass ? CheckResult.PASS : CheckResult.FAIL, List.of(), figures,
                name(c, true) + ": podsumowanie opublikowano " + c.summaryPublishedOn + "; termin: " + due
                        + (pass ? " — zachowany." : " — przekroczony o " + ChronoUnit.DAYS.between(due, c.summaryPublishedOn) + " dni.")
                        + assumedPl,
                name(c, false) + ": the summary was published on " + c.summaryPublishedOn + "; due by " + due
                        + (pass ? " — on time." : " — late by " + ChronoUnit.DAYS.between(due, c.summaryPublishedOn) + " days.")
                        + assumedEn);
    }
}
