package pl.odnowa.evaluation;

import static pl.odnowa.evaluation.Fmt.EN;
import static pl.odnowa.evaluation.Fmt.PL;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Rules of the Revitalisation Act about a programme as a whole (art. 15, 22, 25, 52), as pure functions over plain
 * facts; the area rules are {@link ActRules}. Thread-safe; limits come from {@link ActThresholds}.
 */
public final class ProgrammeRules {

    private final ActThresholds thresholds;

    public ProgrammeRules(ActThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    // ---- art. 22 ------------------------------------------------------------------------------------------------

    /**
     * An evaluation as art. 22 sees it.
     *
     * @param id              the evaluation's id (for {@code missing} paths)
     * @param type            EX_ANTE, PERIODIC or FINAL
     * @param date            its date; null: not known
     * @param opinionRecorded the Revitalisation Committee's opinion (text or date) is recorded
     * @param bipRecorded     its publication in the BIP (reference or date) is recorded
     */
    public record Assessment(long id, EvaluationType type, LocalDate date, boolean opinionRecorded, boolean bipRecorded,
            String path) {

        /** An assessment recorded as an evaluation. */
        public Assessment(long id, EvaluationType type, LocalDate date, boolean opinionRecorded, boolean bipRecorded) {
            this(id, type, date, opinionRecorded, bipRecorded, "evaluations[" + id + "]");
        }

        boolean restartsTheClock() {
            return type == EvaluationType.PERIODIC || type == EvaluationType.FINAL;
        }
    }

    /**
     * Art. 22's clock, shared by the compliance check and the list of what is due: only periodic and final assessments
     * count; the reference date is the later of the latest such assessment and the adoption, and the next assessment is
     * due {@code evaluationIntervalYears} after it. A final assessment closes the programme.
     *
     * @param undated       paths of counted assessments without a date (non-empty: the clock is not known)
     * @param latest        the latest dated counted assessment, null when none
     * @param closed        the latest is a final assessment: nothing more is due
     * @param reference     the date the clock runs from, null when neither the adoption nor an assessment is recorded
     * @param fromAssessment the reference is {@code latest}'s date (else the adoption)
     * @param due           reference + the interval, null without a reference
     * @param exAnte        ex-ante evaluations left out
     */
    public record Art22Clock(List<String> undated, Assessment latest, boolean closed, LocalDate reference,
            boolean fromAssessment, LocalDate due, long exAnte) {
    }

    public Art22Clock art22Clock(LocalDate adoptionDate, List<Assessment> evaluations) {
        List<Assessment> counted = evaluations.stream().filter(Assessment::restartsTheClock).toList();
        long exAnte = evaluations.size() - counted.size();
        List<String> undated = counted.stream().filter(a -> a.date() == null).map(a -> a.path() + ".date").toList();
        if (!undated.isEmpty()) {
            return new Art22Clock(undated, null, false, null, false, null, exAnte);
        }
        Assessment latest = counted.stream().max((a, b) -> a.date().compareTo(b.date())).orElse(null);
        if (latest != null && latest.type() == EvaluationType.FINAL) {
            return new Art22Clock(undated, latest, true, null, false, null, exAnte);
        }
        LocalDate lastAssessment = latest == null ? null : latest.date();
        if (adoptionDate == null && lastAssessment == null) {
            return new Art22Clock(undated, null, false, null, false, null, exAnte);
        }
        boolean fromAssessment = lastAssessment != null && (adoptionDate == null || !lastAssessment.isBefore(adoptionDate));
        LocalDate reference = fromAssessment ? lastAssessment : adoptionDate;
        return new Art22Clock(undated, latest, false, reference, fromAssessment,
                reference.plusYears(thresholds.evaluationIntervalYears()), exAnte);
    }

    /**
     * {@code ART_22_EVALUATION_DUE}: the programme is assessed at least every 3 years. Only a periodic or final
     * assessment counts (an ex-ante evaluation comes before the programme and does not restart the clock). The
     * reference date is the later of the latest such assessment and the adoption; the next one is due that many years
     * after it (the due day still passes). A final assessment closes the programme: nothing more is due.
     */
    public Check art22(LocalDate adoptionDate, List<Assessment> evaluations, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String id = "ART_22_EVALUATION_DUE";
        String article = "art. 22 ust. 1";
        int years = thresholds.evaluationIntervalYears();
        String rule = "The mayor assesses the programme's currency and progress at least every " + years + " years"
                + " (periodic or final assessments; an ex-ante evaluation does not count).";
        Art22Clock clock = art22Clock(adoptionDate, evaluations);
        long exAnte = clock.exAnte();
        String exAntePl = exAnte == 0 ? "" : " Ocen ex ante (" + exAnte + ") nie uwzględnia się: poprzedzają program.";
        String exAnteEn = exAnte == 0 ? "" : " Ex-ante evaluations (" + exAnte + ") do not count: they precede the programme.";
        List<String> undated = clock.undated();
        if (!undated.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, undated, Map.of("undatedAssessments", undated.size()),
                    "Nie podano daty oceny okresowej lub końcowej, więc nie wiadomo, od kiedy liczyć kolejne "
                            + years + " " + Fmt.plural(years, "rok", "lata", "lat") + "." + exAntePl,
                    "A periodic or final assessment has no date, so it is not known from when the next " + years
                            + " years run." + exAnteEn);
        }
        Assessment latest = clock.latest();
        if (clock.closed()) {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("finalAssessmentDate", latest.date().toString());
            return new Check(id, article, rule, null, CheckResult.PASS, List.of(), figures,
                    "Ocena końcowa programu z " + latest.date() + " zamyka program: kolejna ocena nie jest wymagana." + exAntePl,
                    "The final assessment of " + latest.date() + " closes the programme: no further assessment is due."
                            + exAnteEn);
        }
        if (clock.reference() == null) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of("resolutionDate", "evaluations"),
                    Map.of(), "Nie podano ani daty uchwalenia programu, ani oceny okresowej, więc nie można wyznaczyć"
                            + " terminu kolejnej oceny." + exAntePl,
                    "Neither the adoption date nor a periodic assessment is recorded, so the next assessment's due date"
                            + " cannot be set." + exAnteEn);
        }
        boolean fromAssessment = clock.fromAssessment();
        LocalDate reference = clock.reference();
        LocalDate due = clock.due();
        long days = ChronoUnit.DAYS.between(today, due);
        boolean pass = days >= 0;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("referenceDate", reference.toString());
        figures.put("reference", fromAssessment ? "LAST_ASSESSMENT" : "ADOPTION");
        figures.put("intervalYears", years);
        figures.put("dueDate", due.toString());
        figures.put("today", today.toString());
        figures.put(pass ? "daysLeft" : "daysOverdue", Math.abs(days));
        String everyPl = "co najmniej co " + years + " " + Fmt.plural(years, "rok", "lata", "lat");
        String leadPl = fromAssessment
                ? "Ostatnia ocena okresowa programu: " + reference + "; kolejna najpóźniej " + due + " (" + everyPl + ")"
                : "Program uchwalono " + reference + " i nie odnotowano jeszcze jego oceny okresowej; pierwsza najpóźniej "
                        + due + " (" + everyPl + ")";
        String leadEn = fromAssessment
                ? "The programme's last periodic assessment was on " + reference + "; the next is due by " + due
                        + " (at least every " + years + " years)"
                : "The programme was adopted on " + reference + " and no periodic assessment is recorded yet; the first"
                        + " is due by " + due + " (at least every " + years + " years)";
        long abs = Math.abs(days);
        String pl = (pass
                ? leadPl + ", zostało " + abs + " " + Fmt.plural(abs, "dzień", "dni", "dni") + " — termin zachowany."
                : leadPl + " — termin minął " + abs + " " + Fmt.plural(abs, "dzień", "dni", "dni") + " temu.") + exAntePl;
        String en = (pass
                ? leadEn + ", " + abs + " day" + (abs == 1 ? "" : "s") + " left — on time."
                : leadEn + " — overdue by " + abs + " day" + (abs == 1 ? "" : "s") + ".") + exAnteEn;
        return new Check(id, article, rule, null, pass ? CheckResult.PASS : CheckResult.FAIL, List.of(), figures, pl, en);
    }

    /**
     * {@code ART_22_ASSESSMENT_RECORD}, one per periodic or final assessment: it is given the Revitalisation
     * Committee's opinion and published in the public information bulletin (BIP). UNKNOWN when either is not
     * recorded (Odnowa cannot tell a missing record from a missing step).
     */
    public List<Check> art22Records(List<Assessment> evaluations) {
        List<Check> checks = new ArrayList<>();
        for (Assessment a : evaluations) {
            if (!a.restartsTheClock()) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            List<String> pl = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (!a.opinionRecorded()) {
                missing.add(a.path() + ".committeeOpinion");
                pl.add("opinii Komitetu Rewitalizacji");
                en.add("the Revitalisation Committee's opinion");
            }
            if (!a.bipRecorded()) {
                missing.add(a.path() + ".bipPublication");
                pl.add("publikacji w Biuletynie Informacji Publicznej");
                en.add("its publication in the public information bulletin (BIP)");
            }
            String what = (a.type() == EvaluationType.FINAL ? "końcowa" : "okresowa") + (a.date() == null ? "" : " z " + a.date());
            String whatEn = (a.type() == EvaluationType.FINAL ? "final" : "periodic") + " assessment"
                    + (a.date() == null ? "" : " of " + a.date());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("evaluationId", a.id());
            figures.put("committeeOpinion", a.opinionRecorded());
            figures.put("bipPublication", a.bipRecorded());
            checks.add(new Check("ART_22_ASSESSMENT_RECORD", "art. 22 ust. 2",
                    "A periodic or final assessment is given the Revitalisation Committee's opinion and published in the BIP.",
                    String.valueOf(a.id()), missing.isEmpty() ? CheckResult.PASS : CheckResult.UNKNOWN, missing, figures,
                    missing.isEmpty() ? "Ocena " + what + " ma odnotowaną opinię Komitetu Rewitalizacji i publikację w BIP — warunek spełniony."
                            : "Ocena " + what + ": nie odnotowano " + String.join(" ani ", pl) + ".",
                    missing.isEmpty() ? "The " + whatEn + " has the committee's opinion and its BIP publication recorded — the condition is met."
                            : "The " + whatEn + ": not recorded: " + String.join(" and ", en) + "."));
        }
        return checks;
    }

    // ---- art. 7 -------------------------------------------------------------------------------------------------

    /**
     * {@code ART_7_COMMITTEE_RULES}: the council sets the Revitalisation Committee's rules before the GPR is adopted or
     * within {@code months} months after (art. 7 ust. 3; 3 months per the domain file, configurable as
     * odnowa.compliance.committee-rules-months). UNKNOWN when the resolution or its date, or the adoption date, is
     * not recorded: Odnowa cannot tell a missing record from a missing resolution.
     *
     * @param rulesStepId the COMMITTEE_RULES step's id, null when none is recorded
     */
    public Check art7(LocalDate adoptionDate, Long rulesStepId, LocalDate rulesDate, int months, LocalDate today) {
        String id = "ART_7_COMMITTEE_RULES";
        String article = "art. 7 ust. 3";
        String rule = "The council sets the Revitalisation Committee's rules before the programme is adopted or within "
                + months + " months after.";
        LocalDate due = art7DueDate(adoptionDate, months);
        Map<String, Object> figures = new LinkedHashMap<>();
        if (adoptionDate != null) {
            figures.put("adoptionDate", adoptionDate.toString());
            figures.put("dueDate", due.toString());
        }
        figures.put("months", months);
        if (rulesStepId == null) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of("procedureSteps[COMMITTEE_RULES]"), figures,
                    "Nie odnotowano uchwały w sprawie zasad wyznaczania składu i działania Komitetu Rewitalizacji"
                            + (due == null ? "." : " (termin: " + due + ")."),
                    "The resolution on the Revitalisation Committee's rules is not recorded"
                            + (due == null ? "." : " (due by " + due + ")."));
        }
        if (rulesDate == null) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of("procedureSteps[" + rulesStepId + "].date"),
                    figures, "Uchwała o zasadach Komitetu Rewitalizacji nie ma daty.",
                    "The resolution on the committee's rules has no date.");
        }
        figures.put("rulesDate", rulesDate.toString());
        if (adoptionDate == null) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of("resolutionDate"), figures,
                    "Zasady Komitetu Rewitalizacji przyjęto " + rulesDate + ", ale nie odnotowano daty uchwalenia programu.",
                    "The committee's rules were set on " + rulesDate + ", but the programme's adoption date is not recorded.");
        }
        boolean pass = !rulesDate.isAfter(due);
        return new Check(id, article, rule, null, pass ? CheckResult.PASS : CheckResult.FAIL, List.of(), figures,
                "Program uchwalono " + adoptionDate + ", zasady Komitetu Rewitalizacji " + rulesDate + "; termin: " + due
                        + (pass ? " — zachowany." : " — przekroczony o " + ChronoUnit.DAYS.between(due, rulesDate) + " dni."),
                "The programme was adopted on " + adoptionDate + ", the committee's rules set on " + rulesDate + "; due by "
                        + due + (pass ? " — on time." : " — late by " + ChronoUnit.DAYS.between(due, rulesDate) + " days."));
    }

    /** Art. 7 ust. 3: the committee's rules are due {@code months} months after the adoption; null without it. */
    public static LocalDate art7DueDate(LocalDate adoptionDate, int months) {
        return adoptionDate == null ? null : adoptionDate.plusMonths(months);
    }

    // ---- art. 25 ------------------------------------------------------------------------------------------------

    /**
     * {@code ART_25_SSR_DURATION}: a special revitalisation zone lasts at most 10 years, with no extension. The end
     * date is the zone's last day, so the period from the start to the end inclusive must not exceed 10 years: the
     * latest allowed end is start + 10 years − 1 day (2024-01-01 → 2033-12-31).
     *
     * @param zoneEstablished false: no zone (NOT_APPLICABLE); null: unknown unless dates are given
     */
    public Check art25(Boolean zoneEstablished, LocalDate zoneStart, LocalDate zoneEnd) {
        String id = "ART_25_SSR_DURATION";
        String article = "art. 25 ust. 2";
        int max = thresholds.specialZoneMaxYears();
        String rule = "A special revitalisation zone lasts at most " + max + " years, with no extension.";
        if (Boolean.FALSE.equals(zoneEstablished)) {
            return new Check(id, article, rule, null, CheckResult.NOT_APPLICABLE, List.of(), Map.of("zoneEstablished", false),
                    "Nie ustanowiono Specjalnej Strefy Rewitalizacji, więc art. 25 nie ma zastosowania.",
                    "No special revitalisation zone was established, so art. 25 does not apply.");
        }
        if (zoneEstablished == null && zoneStart == null && zoneEnd == null) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, List.of("specialZone"), Map.of(),
                    "Nie wiadomo, czy ustanowiono Specjalną Strefę Rewitalizacji.",
                    "It is not known whether a special revitalisation zone was established.");
        }
        List<String> missing = new ArrayList<>();
        if (zoneStart == null) {
            missing.add("specialZone.start");
        }
        if (zoneEnd == null) {
            missing.add("specialZone.end");
        }
        if (!missing.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, missing, Map.of(),
                    "Brak " + (missing.size() == 2 ? "dat początku i końca" : zoneStart == null ? "daty początku"
                            : "daty końca") + " Specjalnej Strefy Rewitalizacji, więc nie można sprawdzić jej czasu trwania.",
                    "The special revitalisation zone's " + (missing.size() == 2 ? "start and end dates are"
                            : zoneStart == null ? "start date is" : "end date is")
                            + " missing, so its duration cannot be checked.");
        }
        LocalDate latestEnd = zoneStart.plusYears(max).minusDays(1);
        boolean pass = !zoneEnd.isAfter(latestEnd);
        Period period = Period.between(zoneStart, zoneEnd.plusDays(1));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("start", zoneStart.toString());
        figures.put("end", zoneEnd.toString());
        figures.put("duration", period.toString());
        figures.put("maxYears", max);
        figures.put("latestAllowedEnd", latestEnd.toString());
        String pl = "Specjalna Strefa Rewitalizacji obowiązuje od " + zoneStart + " do " + zoneEnd + " włącznie ("
                + durationPl(period) + "); dopuszczalnie najwyżej " + max + " " + Fmt.plural(max, "rok", "lata", "lat")
                + ", czyli do " + latestEnd + " włącznie" + (pass ? " — warunek spełniony." : " — okres za długi.");
        String en = "The special revitalisation zone applies from " + zoneStart + " to " + zoneEnd + " inclusive ("
                + durationEn(period) + "); at most " + max + " years are allowed, that is until " + latestEnd
                + " inclusive" + (pass ? " — the condition is met." : " — too long.");
        return new Check(id, article, rule, null, pass ? CheckResult.PASS : CheckResult.FAIL, List.of(), figures, pl, en);
    }

    /**
     * {@code ART_25_SSR_WITHIN_AREA}: the zone is established on the revitalisation area (art. 25 ust. 1; separate
     * zones for subareas are allowed, ust. 4): its boundary lies within the union of the revitalisation subareas, with
     * the containment tolerance of {@link ActThresholds}. UNKNOWN when a boundary is not recorded.
     */
    public Check art25WithinArea(Boolean zoneEstablished, String zoneGeometry, List<SubareaFacts> revitalisation) {
        String id = "ART_25_SSR_WITHIN_AREA";
        String article = "art. 25 ust. 1";
        String rule = "The special revitalisation zone lies within the revitalisation area.";
        if (Boolean.FALSE.equals(zoneEstablished)) {
            return new Check(id, article, rule, null, CheckResult.NOT_APPLICABLE, List.of(), Map.of("zoneEstablished", false),
                    "Nie ustanowiono Specjalnej Strefy Rewitalizacji.", "No special revitalisation zone was established.");
        }
        Geometry zone = ActRules.validGeometryOf(zoneGeometry);
        List<String> missing = new ArrayList<>();
        if (zoneEstablished == null) {
            missing.add("specialZone.established");
        }
        if (zone == null) {
            missing.add("specialZone.geometry");
        }
        List<Geometry> area = new ArrayList<>();
        for (int i = 0; i < revitalisation.size(); i++) {
            Geometry g = ActRules.validGeometryOf(revitalisation.get(i).geometry());
            if (g == null) {
                missing.add("revitalisation.subareas[" + ActRules.label(revitalisation.get(i), i) + "].geometry");
            } else {
                area.add(g);
            }
        }
        if (revitalisation.isEmpty()) {
            missing.add("revitalisation.subareas");
        }
        if (!missing.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, missing, Map.of(),
                    "Nie można sprawdzić, czy strefa leży w obszarze rewitalizacji: brakuje granic strefy lub podobszarów"
                            + " (albo informacji, czy strefę ustanowiono).",
                    "Whether the zone lies within the revitalisation area cannot be checked: the boundaries of the zone or"
                            + " of the subareas (or whether the zone was established) are not recorded.");
        }
        double zoneM2 = GeoJsonGeometry.areaSquareMetres(zone);
        Geometry outside = OverlayNGRobust.overlay(zone, OverlayNGRobust.union(area), OverlayNG.DIFFERENCE);
        double outsideM2 = outside.isEmpty() ? 0 : GeoJsonGeometry.areaSquareMetres(outside);
        boolean pass = outsideM2 <= Math.max(thresholds.containmentToleranceM2(),
                thresholds.containmentToleranceFraction() * zoneM2);
        BigDecimal m2 = BigDecimal.valueOf(outsideM2).setScale(1, RoundingMode.HALF_UP);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("zoneM2", BigDecimal.valueOf(zoneM2).setScale(1, RoundingMode.HALF_UP));
        figures.put("outsideM2", m2);
        return new Check(id, article, rule, null, pass ? CheckResult.PASS : CheckResult.FAIL, List.of(), figures,
                pass ? "Strefa leży w obszarze rewitalizacji (poza nim " + Fmt.num(m2, PL) + " m², w granicach tolerancji) — warunek spełniony."
                        : "Poza obszarem rewitalizacji leży " + Fmt.num(m2, PL) + " m² strefy — warunek niespełniony.",
                pass ? "The zone lies within the revitalisation area (" + Fmt.num(m2, EN) + " m² outside, within the tolerance) — the condition is met."
                        : Fmt.num(m2, EN) + " m² of the zone lie outside the revitalisation area — the condition is not met.");
    }

    private static String durationPl(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(p.getYears() + " " + Fmt.plural(p.getYears(), "rok", "lata", "lat"));
        }
        if (p.getMonths() != 0) {
            parts.add(p.getMonths() + " " + Fmt.plural(p.getMonths(), "miesiąc", "miesiące", "miesięcy"));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(p.getDays() + " " + Fmt.plural(p.getDays(), "dzień", "dni", "dni"));
        }
        return String.join(" ", parts);
    }

    private static String durationEn(Period p) {
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(p.getYears() + " year" + (p.getYears() == 1 ? "" : "s"));
        }
        if (p.getMonths() != 0) {
            parts.add(p.getMonths() + " month" + (p.getMonths() == 1 ? "" : "s"));
        }
        if (p.getDays() != 0 || parts.isEmpty()) {
            parts.add(p.getDays() + " day" + (p.getDays() == 1 ? "" : "s"));
        }
        return String.join(" ", parts);
    }

    // ---- art. 52 ------------------------------------------------------------------------------------------------

    /**
     * A project of a programme as art. 52 sees it.
     *
     * @param id      its id
     * @param title   for explanations
     * @param running its recorded status says it is not finished (PIPELINE, IMPLEMENTATION, SUSPENDED); null: no status
     */
    public record ProjectDates(long id, String title, Boolean running, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd) {
    }

    /**
     * {@code ART_52_PR_PROJECTS}: projects of a programme adopted by a council resolution outside the Act (legal basis
     * PR) may be carried out without a GPR only until the deadline of art. 52 ust. 1 (31 Dec 2023 in the 2021 text;
     * configurable). FAIL names every project whose recorded dates run after it; UNKNOWN names those whose end is not
     * recorded while they may still run; a GPR that continues the programme turns the FAIL into UNKNOWN (the project
     * may go on as part of it, if the GPR lists it).
     */
    public Check art52Projects(List<ProjectDates> projects, LocalDate deadline, LocalDate today, String continuingGpr) {
        String id = "ART_52_PR_PROJECTS";
        String article = "art. 52 ust. 1";
        String rule = "Projects of a programme adopted outside the Act may be carried out without a GPR only until "
                + deadline + ".";
        List<String> after = new ArrayList<>();
        List<String> afterTitles = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> unknownTitles = new ArrayList<>();
        for (ProjectDates p : projects) {
            boolean runsAfter = isAfter(p.plannedEnd(), deadline) || isAfter(p.actualEnd(), deadline)
                    || isAfter(p.plannedStart(), deadline) || isAfter(p.actualStart(), deadline);
            if (runsAfter) {
                after.add("projects[" + p.id() + "]");
                afterTitles.add("„" + p.title() + "”");
            } else if (today.isAfter(deadline) && p.actualEnd() == null
                    && (!Boolean.FALSE.equals(p.running()) || p.plannedEnd() == null)) {
                // No recorded end, and running, of unknown status or without any date: it may run after the deadline.
                unknown.add("projects[" + p.id() + "].actualEnd");
                unknownTitles.add("„" + p.title() + "”");
            }
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("deadline", deadline.toString());
        figures.put("projects", projects.size());
        figures.put("afterDeadline", after.size());
        figures.put("endNotRecorded", unknown.size());
        if (continuingGpr != null) {
            figures.put("continuingGpr", continuingGpr);
        }
        String gprPl = continuingGpr == null ? "" : " Program kontynuuje GPR „" + continuingGpr + "” (art. 52 ust. 2–4): po "
                + deadline + " przedsięwzięcia mogą być realizowane jako jego część, jeśli je obejmuje.";
        String gprEn = continuingGpr == null ? "" : " The programme is continued by the GPR \"" + continuingGpr + "\" (art. 52"
                + " ust. 2–4): after " + deadline + " projects may go on as part of it, if it lists them.";
        if (!after.isEmpty()) {
            return new Check(id, article, rule, null, continuingGpr == null ? CheckResult.FAIL : CheckResult.UNKNOWN,
                    after, figures,
                    "Po " + deadline + " zaplanowano lub realizowano przedsięwzięcia programu przyjętego poza ustawą: "
                            + String.join(", ", afterTitles) + (continuingGpr == null ? " — bez gminnego programu"
                                    + " rewitalizacji nie jest to dopuszczalne." : ".") + gprPl,
                    "Projects of a programme adopted outside the Act are planned or carried out after " + deadline + ": "
                            + String.join(", ", afterTitles).replace('„', '"').replace('”', '"')
                            + (continuingGpr == null ? " — without a GPR this is not allowed." : ".") + gprEn);
        }
        if (!unknown.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, unknown, figures,
                    "Nie odnotowano zakończenia przedsięwzięć " + String.join(", ", unknownTitles) + ", więc nie wiadomo,"
                            + " czy nie są realizowane po " + deadline + "." + gprPl,
                    "The end of projects " + String.join(", ", unknownTitles).replace('„', '"').replace('”', '"')
                            + " is not recorded, so whether they run after " + deadline + " is not known." + gprEn);
        }
        return new Check(id, article, rule, null, CheckResult.PASS, List.of(), figures,
                "Żadne przedsięwzięcie programu nie jest zaplanowane ani realizowane po " + deadline + " — warunek spełniony."
                        + gprPl,
                "No project of the programme is planned or carried out after " + deadline + " — the condition is met."
                        + gprEn);
    }

    private static boolean isAfter(LocalDate date, LocalDate deadline) {
        return date != null && date.isAfter(deadline);
    }

    /**
     * {@code ART_52_CONTINUATION}: a GPR that continues a programme adopted outside the Act says so (art. 52 ust. 2:
     * a GPR may be drawn up on the basis of such a programme, after a new designation of the areas, ust. 3). PASS with
     * the predecessor's name; the designation's date must come before the GPR's preparation (checked by the procedure
     * rules where the start resolution is recorded).
     */
    public Check art52Continuation(String predecessor, LocalDate designationDate) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("continues", predecessor);
        figures.put("designationDate", designationDate == null ? null : designationDate.toString());
        return new Check("ART_52_CONTINUATION", "art. 52 ust. 2", "A GPR drawn up on the basis of a programme adopted"
                + " outside the Act says which programme it continues.", null, CheckResult.PASS, List.of(), figures,
                "Program kontynuuje program przyjęty poza ustawą: „" + predecessor + "” (art. 52 ust. 2)"
                        + (designationDate == null ? "; nie odnotowano daty wyznaczenia obszarów (art. 52 ust. 3)."
                                : "; obszary wyznaczono " + designationDate + " (art. 52 ust. 3)."),
                "The programme continues one adopted outside the Act: \"" + predecessor + "\" (art. 52 ust. 2)"
                        + (designationDate == null ? "; the date the areas were designated is not recorded (art. 52 ust. 3)."
                                : "; the areas were designated on " + designationDate + " (art. 52 ust. 3)."));
    }

    // ---- art. 15 ------------------------------------------------------------------------------------------------

    /**
     * {@code ART_15_GPR_CONTENTS}: the GPR has every element art. 15 ust. 1 pkt 1–14 lists (pkt 11–14 when needed)
     * and the map annex of ust. 2. FAIL when an element is recorded as absent, listing every absent one in
     * {@code missing}; otherwise UNKNOWN when an element is not recorded; else PASS. A project whose kind is not
     * recorded makes the list of basic projects (pkt 5) not known to be complete: UNKNOWN with {@code projects.kind}
     * in {@code missing}, and never "absent" for want of a project recorded as basic.
     */
    public Check art15(GprContents gpr) {
        Objects.requireNonNull(gpr, "gpr");
        String id = "ART_15_GPR_CONTENTS";
        String article = "art. 15 ust. 1–2";
        String rule = "A GPR contains the diagnosis, links to strategic documents, vision, goals and directions, the"
                + " described basic projects, the other projects, complementarity mechanisms, financial framework,"
                + " management structure, monitoring and evaluation system, the conditional elements of pkt 11–14 where"
                + " needed, and the map annex.";
        Gaps gaps = new Gaps();
        List<GprContents.Element> before = new ArrayList<>();
        List<GprContents.Element> afterProjects = new ArrayList<>();
        for (GprContents.Element e : gpr.elements()) {
            (provisionPoint(e.provision()) < 5 ? before : afterProjects).add(e);
        }
        before.forEach(gaps::flag);
        List<GprContents.BasicProject> projects = gpr.basicProjects();
        List<String> unclassified = gpr.unclassified();
        String pkt5 = "art. 15 ust. 1 pkt 5";
        // A project of unrecorded kind may be a basic one: with none recorded as basic, the list is not known to be
        // absent, and with some it is not known to be complete (nor its projects' descriptions).
        if (projects == null || projects.isEmpty() && !unclassified.isEmpty()) {
            gaps.flag(GprContents.Element.of("basicProjects", pkt5, "lista podstawowych przedsięwzięć rewitalizacyjnych",
                    "list of basic revitalisation projects", null));
        } else if (projects.isEmpty()) {
            gaps.flag(GprContents.Element.of("basicProjects", pkt5, "lista podstawowych przedsięwzięć rewitalizacyjnych",
                    "list of basic revitalisation projects", false));
        } else {
            gaps.checked++;
            for (int i = 0; i < projects.size(); i++) {
                GprContents.BasicProject p = projects.get(i);
                String path = "basicProjects[" + i + "].";
                String name = p.name() == null || p.name().isBlank() ? "#" + (i + 1) : p.name();
                String ofPl = " (przedsięwzięcie „" + name + "”)";
                String ofEn = " (project \"" + name + "\")";
                gaps.flag(GprContents.Element.of(path + "implementingEntities", pkt5 + " lit. a", "podmioty realizujące" + ofPl,
                        "implementing entities" + ofEn, p.implementingEntities() != null
                                && p.implementingEntities().stream().anyMatch(e -> e != null && !e.isBlank()) ? true : null));
                gaps.flag(GprContents.Element.of(path + "scope", pkt5 + " lit. b", "zakres zadań" + ofPl, "scope" + ofEn,
                        p.scope() != null && !p.scope().isBlank() ? true : null));
                gaps.flag(GprContents.Element.of(path + "location", pkt5 + " lit. c", "lokalizacja" + ofPl, "location" + ofEn,
                        p.location() != null && !p.location().isBlank() ? true : null));
                gaps.flag(GprContents.Element.of(path + "estimatedValue", pkt5 + " lit. d", "szacowana wartość" + ofPl,
                        "estimated value" + ofEn, p.estimatedValue() != null ? true : null));
                gaps.flag(GprContents.Element.of(path + "forecastResults", pkt5 + " lit. e", "prognozowane rezultaty" + ofPl,
                        "forecast results" + ofEn, p.forecastResults()));
                gaps.flag(GprContents.Element.of(path + "resultMeasurement", pkt5 + " lit. e",
                        "sposób oceny i zmierzenia rezultatów" + ofPl, "how the results are measured" + ofEn,
                        p.resultMeasurement()));
            }
        }
        if (!unclassified.isEmpty()) {
            String names = unclassified.stream().map(n -> "„" + n + "”").collect(Collectors.joining(", "));
            gaps.flag(GprContents.Element.of("projects.kind", "art. 15 ust. 1 pkt 5–6",
                    "rodzaj (podstawowe czy uzupełniające) przedsięwzięć " + names,
                    "kind (basic or complementary) of the projects " + names.replace('„', '"').replace('”', '"'), null));
        }
        afterProjects.forEach(gaps::flag);

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("elementsChecked", gaps.checked);
        figures.put("absent", List.copyOf(gaps.absent));
        figures.put("notRecorded", List.copyOf(gaps.unknown));
        figures.put("notNeeded", List.copyOf(gaps.notNeeded));
        figures.put("basicProjects", projects == null ? null : projects.size());
        figures.put("projectsWithoutKind", unclassified.size());
        List<String> missing = new ArrayList<>(gaps.absent);
        missing.addAll(gaps.unknown);
        String unknownPl = gaps.unknownPl.isEmpty() ? "" : " Nie odnotowano: " + String.join("; ", gaps.unknownPl) + ".";
        String unknownEn = gaps.unknownEn.isEmpty() ? "" : " Not recorded: " + String.join("; ", gaps.unknownEn) + ".";
        if (!gaps.absent.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.FAIL, missing, figures,
                    "Program nie zawiera: " + String.join("; ", gaps.absentPl) + "." + unknownPl,
                    "The programme lacks: " + String.join("; ", gaps.absentEn) + "." + unknownEn);
        }
        if (!gaps.unknown.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, missing, figures,
                    "Nie można w pełni sprawdzić zawartości programu, dopóki nie zostanie odnotowana." + unknownPl,
                    "The programme's contents cannot be fully checked until they are recorded." + unknownEn);
        }
        return new Check(id, article, rule, null, CheckResult.PASS, List.of(), figures,
                "Program zawiera wszystkie wymagane elementy (" + gaps.checked + ") — warunek spełniony.",
                "The programme contains all " + gaps.checked + " required elements — the condition is met.");
    }

    /** 5 for "art. 15 ust. 1 pkt 5"; ust. 2 sorts last. */
    private static int provisionPoint(String provision) {
        int at = provision.indexOf("pkt ");
        return at < 0 ? 100 : Integer.parseInt(provision.substring(at + 4).split("\\D")[0]);
    }

    /** Collects absent, unrecorded and not needed GPR elements. */
    private static final class Gaps {
        int checked;
        final List<String> absent = new ArrayList<>();
        final List<String> absentPl = new ArrayList<>();
        final List<String> absentEn = new ArrayList<>();
        final List<String> unknown = new ArrayList<>();
        final List<String> unknownPl = new ArrayList<>();
        final List<String> unknownEn = new ArrayList<>();
        final List<String> notNeeded = new ArrayList<>();

        void flag(GprContents.Element e) {
            checked++;
            String pl = e.pl() + " (" + e.provision() + ")";
            String en = e.en() + " (" + e.provision() + ")";
            if (e.notNeeded()) {
                notNeeded.add(e.path());
            } else if (e.present() == null) {
                unknown.add(e.path());
                unknownPl.add(pl);
                unknownEn.add(en);
            } else if (!e.present()) {
                absent.add(e.path());
                absentPl.add(pl);
                absentEn.add(en);
            }
        }
    }
}
