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
import java.util.TreeMap;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import pl.odnowa.area.LandType;

/**
 * Checks of the Revitalisation Act (ustawa z 9 października 2015 r. o rewitalizacji, Dz.U. 2024 poz. 278) as pure
 * functions over plain facts, each returning {@link Check}s with the figures used and explanations in Polish and
 * English. Thread-safe; limits come from {@link ActThresholds}.
 */
public final class ActRules {

    private static final BigDecimal HA_PER_KM2 = new BigDecimal("100");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final ActThresholds thresholds;

    public ActRules() {
        this(ActThresholds.DEFAULTS);
    }

    public ActRules(ActThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public ActThresholds thresholds() {
        return thresholds;
    }

    /** Both art. 10 ust. 2 checks: {@link #art10Area} and {@link #art10Residents}. */
    public List<Check> art10Section2(MunicipalityFacts municipality, List<SubareaFacts> revitalisationSubareas) {
        Overlap overlap = Overlap.of(revitalisationSubareas == null ? List.of() : revitalisationSubareas, thresholds);
        return List.of(art10Area(municipality, revitalisationSubareas, overlap),
                art10Residents(municipality, revitalisationSubareas, overlap));
    }

    /**
     * Whether subareas can overlap, and by how much. Where every subarea has a valid boundary the union of the
     * boundaries is measured (subareas may touch or overlap; what lies in two is counted once); otherwise any two may
     * overlap and a sum over them is only an upper bound — unless there is only one.
     *
     * @param measured  every subarea has a valid boundary (and there are any)
     * @param unionHa   area of the union of the boundaries, hectares (null unless measured)
     * @param overlapHa what the boundaries' own areas count more than once (null unless measured)
     * @param overlaps  measured and the overlap exceeds the containment tolerance
     * @param lacking   codes of the subareas without a valid boundary
     */
    record Overlap(boolean measured, BigDecimal unionHa, BigDecimal overlapHa, boolean overlaps, List<String> lacking,
            Map<String, BigDecimal> geometryHa) {

        static Overlap of(List<SubareaFacts> subareas, ActThresholds thresholds) {
            List<Geometry> geometries = new ArrayList<>();
            List<String> lacking = new ArrayList<>();
            Map<String, BigDecimal> geometryHa = new LinkedHashMap<>();
            double sumM2 = 0;
            for (int i = 0; i < subareas.size(); i++) {
                Geometry g = validGeometryOf(subareas.get(i).geometry());
                if (g == null) {
                    lacking.add(label(subareas.get(i), i));
                } else {
                    geometries.add(g);
                    double m2 = GeoJsonGeometry.areaSquareMetres(g);
                    sumM2 += m2;
                    geometryHa.put(label(subareas.get(i), i), hectares(m2));
                }
            }
            if (subareas.isEmpty() || !lacking.isEmpty()) {
                return new Overlap(false, null, null, false, lacking, geometryHa);
            }
            double unionM2 = GeoJsonGeometry.areaSquareMetres(OverlayNGRobust.union(geometries));
            double overlapM2 = Math.max(0, sumM2 - unionM2);
            boolean overlaps = overlapM2 > Math.max(thresholds.containmentToleranceM2(),
                    thresholds.containmentToleranceFraction() * unionM2);
            return new Overlap(true, hectares(unionM2), hectares(overlapM2), overlaps, List.of(), geometryHa);
        }

        /** A sum over the subareas may count a part twice: more than one subarea, and overlaps measured or possible. */
        boolean sumIsUpperBound(int subareas) {
            return subareas > 1 && (!measured || overlaps);
        }

        private static BigDecimal hectares(double m2) {
            return BigDecimal.valueOf(m2 / 10_000).setScale(2, RoundingMode.HALF_UP);
        }
    }

    static Geometry validGeometryOf(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            Geometry g = GeoJsonGeometry.parse(json);
            return GeoJsonGeometry.validate(g).valid() ? g : null;
        } catch (GeoJsonException e) {
            return null;
        }
    }

    /**
     * {@code ART_10_2_AREA}: the revitalisation subareas together cover at most 20% of the municipality's area
     * (exactly the limit passes). With a valid boundary for every subarea the union of the boundaries is measured, so
     * an overlap counts once; otherwise the declared hectares are summed, which is an upper bound when two subareas
     * might overlap: within the limit it passes, over it the answer is UNKNOWN until the boundaries are recorded.
     */
    public Check art10Area(MunicipalityFacts municipality, List<SubareaFacts> subareas) {
        return art10Area(municipality, subareas, Overlap.of(subareas == null ? List.of() : subareas, thresholds));
    }

    private Check art10Area(MunicipalityFacts municipality, List<SubareaFacts> subareas, Overlap overlap) {
        String id = "ART_10_2_AREA";
        String article = "art. 10 ust. 2";
        String rule = "The revitalisation area covers at most " + Fmt.pctValue(thresholds.maxAreaSharePct(), EN)
                + " of the municipality's area.";
        List<SubareaFacts> list = subareas == null ? List.of() : subareas;
        BigDecimal areaKm2 = municipality == null ? null : municipality.areaKm2();
        List<String> missing = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        boolean municipalityMissing = areaKm2 == null || areaKm2.signum() <= 0;
        if (municipalityMissing) {
            missing.add("municipality.areaKm2");
        }
        if (list.isEmpty()) {
            missing.add("subareas");
        }
        boolean fromUnion = overlap.measured() && list.size() > 1;
        for (int i = 0; i < list.size() && !fromUnion; i++) {
            String code = label(list.get(i), i);
            if (list.get(i).areaHa() == null && !overlap.geometryHa().containsKey(code)) {
                missing.add("subareas[" + code + "].areaHa");
                lacking.add(code);
            }
        }
        if (!missing.isEmpty()) {
            List<String> pl = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (municipalityMissing) {
                pl.add("powierzchni gminy (km²)");
                en.add("the municipality's area (km²)");
            }
            if (list.isEmpty()) {
                pl.add("podobszarów rewitalizacji");
                en.add("the revitalisation subareas");
            }
            if (!lacking.isEmpty()) {
                pl.add("powierzchni (ha) lub granic podobszarów: " + String.join(", ", lacking));
                en.add("the area (ha) or boundary of subareas " + String.join(", ", lacking));
            }
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, missing, Map.of(),
                    "Nie można sprawdzić udziału powierzchni: brakuje " + String.join("; ", pl) + ".",
                    "The area share cannot be checked: missing " + String.join("; ", en) + ".");
        }
        BigDecimal municipalityHa = areaKm2.multiply(HA_PER_KM2);
        BigDecimal sumHa = fromUnion ? overlap.unionHa() : BigDecimal.ZERO;
        for (int i = 0; i < list.size() && !fromUnion; i++) {
            BigDecimal declared = list.get(i).areaHa();
            sumHa = sumHa.add(declared != null ? declared : overlap.geometryHa().get(label(list.get(i), i)));
        }
        boolean upperBound = !fromUnion && overlap.sumIsUpperBound(list.size());
        BigDecimal limitHa = municipalityHa.multiply(thresholds.maxAreaSharePct()).divide(HUNDRED);
        BigDecimal sharePct = sumHa.multiply(HUNDRED).divide(municipalityHa, 4, RoundingMode.HALF_UP);
        boolean within = sumHa.compareTo(limitHa) <= 0;
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("municipalityAreaKm2", areaKm2);
        figures.put("municipalityAreaHa", Fmt.plain(municipalityHa));
        figures.put("revitalisationAreaHa", sumHa);
        figures.put("measure", fromUnion ? "UNION_OF_BOUNDARIES" : upperBound ? "SUM_UPPER_BOUND" : "SUM");
        if (fromUnion) {
            figures.put("overlapHa", overlap.overlapHa());
        }
        figures.put("subareas", list.size());
        figures.put("sharePct", Fmt.plain(sharePct));
        figures.put("limitPct", Fmt.plain(thresholds.maxAreaSharePct()));
        figures.put("limitHa", Fmt.plain(limitHa));
        String howPl = fromUnion
                ? " (pole sumy granic podobszarów; część wspólna " + Fmt.num(overlap.overlapHa(), PL) + " ha liczona raz)"
                : upperBound ? " (suma deklarowanych powierzchni: górne oszacowanie, bo bez granic wszystkich podobszarów nie"
                        + " można wykluczyć ich nakładania się)" : "";
        String howEn = fromUnion
                ? " (the area of the union of the subareas' boundaries; the " + Fmt.num(overlap.overlapHa(), EN)
                        + " ha they share counted once)"
                : upperBound ? " (the sum of the declared areas: an upper bound, as without every subarea's boundary an"
                        + " overlap cannot be ruled out)" : "";
        String leadPl = "Podobszary rewitalizacji (" + list.size() + ") zajmują " + Fmt.num(sumHa, PL) + " ha" + howPl
                + ", czyli " + Fmt.pctValue(sharePct, PL) + " z " + Fmt.num(municipalityHa, PL) + " ha ("
                + Fmt.num(areaKm2, PL) + " km²) powierzchni gminy; limit wynosi "
                + Fmt.pctValue(thresholds.maxAreaSharePct(), PL) + " (" + Fmt.num(limitHa, PL) + " ha): ";
        String leadEn = "The " + list.size() + " revitalisation subarea" + (list.size() == 1 ? " covers " : "s cover ")
                + Fmt.num(sumHa, EN) + " ha" + howEn + ", that is " + Fmt.pctValue(sharePct, EN) + " of the municipality's "
                + Fmt.num(municipalityHa, EN) + " ha (" + Fmt.num(areaKm2, EN) + " km²); the limit is "
                + Fmt.pctValue(thresholds.maxAreaSharePct(), EN) + " (" + Fmt.num(limitHa, EN) + " ha): ";
        if (within) {
            return new Check(id, article, rule, null, CheckResult.PASS, List.of(), figures,
                    leadPl + "warunek spełniony.", leadEn + "the condition is met.");
        }
        if (upperBound) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, boundaryPaths(overlap), figures,
                    leadPl + "górne oszacowanie przekracza limit o " + Fmt.num(sumHa.subtract(limitHa), PL)
                            + " ha, ale podobszary mogą się nakładać — rozstrzygną granice podobszarów "
                            + String.join(", ", overlap.lacking()) + ".",
                    leadEn + "the upper bound exceeds the limit by " + Fmt.num(sumHa.subtract(limitHa), EN)
                            + " ha, but the subareas may overlap — the boundaries of subareas "
                            + String.join(", ", overlap.lacking()) + " will decide.");
        }
        return new Check(id, article, rule, null, CheckResult.FAIL, List.of(), figures,
                leadPl + "limit przekroczony o " + Fmt.num(sumHa.subtract(limitHa), PL) + " ha.",
                leadEn + "exceeded by " + Fmt.num(sumHa.subtract(limitHa), EN) + " ha.");
    }

    private static List<String> boundaryPaths(Overlap overlap) {
        return overlap.lacking().stream().map(code -> "subareas[" + code + "].geometry").toList();
    }

    /**
     * {@code ART_10_2_RESIDENTS}: the revitalisation subareas together have at most 30% of the municipality's
     * residents (exactly the limit passes). Residents of a part two subareas share would be counted twice, so the sum
     * is exact only for one subarea or for boundaries that do not overlap; otherwise it is an upper bound (within the
     * limit: PASS; over it: UNKNOWN). The explanation notes when the residents' reference dates differ.
     */
    public Check art10Residents(MunicipalityFacts municipality, List<SubareaFacts> subareas) {
        return art10Residents(municipality, subareas, Overlap.of(subareas == null ? List.of() : subareas, thresholds));
    }

    private Check art10Residents(MunicipalityFacts municipality, List<SubareaFacts> subareas, Overlap overlap) {
        String id = "ART_10_2_RESIDENTS";
        String article = "art. 10 ust. 2";
        String rule = "The revitalisation area has at most " + Fmt.pctValue(thresholds.maxResidentsSharePct(), EN)
                + " of the municipality's residents (at the same reference date).";
        List<SubareaFacts> list = subareas == null ? List.of() : subareas;
        Integer residents = municipality == null ? null : municipality.residents();
        List<String> missing = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        boolean municipalityMissing = residents == null || residents <= 0;
        if (municipalityMissing) {
            missing.add("municipality.residents");
        }
        if (list.isEmpty()) {
            missing.add("subareas");
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).residents() == null) {
                missing.add("subareas[" + label(list.get(i), i) + "].residents");
                lacking.add(label(list.get(i), i));
            }
        }
        String[] dateNote = residentsDateNote(municipality, list);
        Map<String, Object> figures = new LinkedHashMap<>();
        if (!missing.isEmpty()) {
            List<String> pl = new ArrayList<>();
            List<String> en = new ArrayList<>();
            if (municipalityMissing) {
                pl.add("liczby mieszkańców gminy");
                en.add("the municipality's residents");
            }
            if (list.isEmpty()) {
                pl.add("podobszarów rewitalizacji");
                en.add("the revitalisation subareas");
            }
            if (!lacking.isEmpty()) {
                pl.add("liczby mieszkańców podobszarów: " + String.join(", ", lacking));
                en.add("the residents of subareas " + String.join(", ", lacking));
            }
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, missing, figures,
                    "Nie można sprawdzić udziału mieszkańców: brakuje " + String.join("; ", pl) + "." + dateNote[0],
                    "The residents' share cannot be checked: missing " + String.join("; ", en) + "." + dateNote[1]);
        }
        BigDecimal total = BigDecimal.valueOf(residents);
        BigDecimal sum = BigDecimal.valueOf(list.stream().mapToLong(SubareaFacts::residents).sum());
        BigDecimal limit = total.multiply(thresholds.maxResidentsSharePct()).divide(HUNDRED);
        BigDecimal sharePct = sum.multiply(HUNDRED).divide(total, 4, RoundingMode.HALF_UP);
        boolean within = sum.compareTo(limit) <= 0;
        boolean upperBound = overlap.sumIsUpperBound(list.size());
        figures.put("municipalityResidents", residents);
        figures.put("municipalityResidentsDate", municipality.residentsDate() == null ? null
                : municipality.residentsDate().toString());
        figures.put("revitalisationResidents", sum.longValue());
        figures.put("measure", upperBound ? "SUM_UPPER_BOUND" : "SUM");
        if (overlap.measured()) {
            figures.put("overlapHa", overlap.overlapHa());
        }
        figures.put("subareas", list.size());
        figures.put("sharePct", Fmt.plain(sharePct));
        figures.put("limitPct", Fmt.plain(thresholds.maxResidentsSharePct()));
        figures.put("limitResidents", Fmt.plain(limit));
        figures.put("referenceDatesDiffer", !dateNote[0].isEmpty());
        String howPl = !upperBound ? "" : overlap.measured()
                ? " (górne oszacowanie: podobszary nakładają się na " + Fmt.num(overlap.overlapHa(), PL)
                        + " ha, których mieszkańców policzono dwa razy)"
                : " (górne oszacowanie: bez granic podobszarów " + String.join(", ", overlap.lacking())
                        + " nie można wykluczyć, że się nakładają)";
        String howEn = !upperBound ? "" : overlap.measured()
                ? " (an upper bound: the subareas overlap on " + Fmt.num(overlap.overlapHa(), EN)
                        + " ha, whose residents are counted twice)"
                : " (an upper bound: without the boundaries of subareas " + String.join(", ", overlap.lacking())
                        + " an overlap cannot be ruled out)";
        String leadPl = "Podobszary rewitalizacji zamieszkuje " + persons(sum) + howPl + ", czyli "
                + Fmt.pctValue(sharePct, PL) + " z " + Fmt.num(total, PL) + " mieszkańców gminy; limit wynosi "
                + Fmt.pctValue(thresholds.maxResidentsSharePct(), PL) + " (" + Fmt.num(limit, PL) + "): ";
        String leadEn = "The revitalisation subareas have " + Fmt.num(sum, EN) + " residents" + howEn + ", that is "
                + Fmt.pctValue(sharePct, EN) + " of the municipality's " + Fmt.num(total, EN) + "; the limit is "
                + Fmt.pctValue(thresholds.maxResidentsSharePct(), EN) + " (" + Fmt.num(limit, EN) + " residents): ";
        if (within) {
            return new Check(id, article, rule, null, CheckResult.PASS, List.of(), figures,
                    leadPl + "warunek spełniony." + dateNote[0], leadEn + "the condition is met." + dateNote[1]);
        }
        if (upperBound) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN,
                    overlap.measured() ? List.of("subareas.residentsInOverlap") : boundaryPaths(overlap), figures,
                    leadPl + "górne oszacowanie przekracza limit, więc bez liczby mieszkańców części wspólnych nie można"
                            + " rozstrzygnąć." + dateNote[0],
                    leadEn + "the upper bound exceeds the limit, so it cannot be decided without the residents of the"
                            + " shared parts." + dateNote[1]);
        }
        return new Check(id, article, rule, null, CheckResult.FAIL, List.of(), figures,
                leadPl + "limit przekroczony o " + persons(sum.subtract(limit)) + "." + dateNote[0],
                leadEn + "exceeded by " + Fmt.num(sum.subtract(limit), EN) + " residents." + dateNote[1]);
    }

    /** "1 osoba", "3 osoby", "5 osób", "0,5 osoby" (a fraction takes the genitive singular). */
    private static String persons(BigDecimal n) {
        String number = Fmt.num(n, PL);
        if (n.stripTrailingZeros().scale() > 0) {
            return number + " osoby";
        }
        return number + " " + Fmt.plural(n.longValue(), "osoba", "osoby", "osób");
    }

    /** A note (Polish, English; empty when none) on differing or missing residents' reference dates. */
    private static String[] residentsDateNote(MunicipalityFacts municipality, List<SubareaFacts> subareas) {
        TreeMap<LocalDate, List<String>> byDate = new TreeMap<>();
        List<String> undated = new ArrayList<>();
        LocalDate municipalityDate = municipality == null ? null : municipality.residentsDate();
        for (int i = 0; i < subareas.size(); i++) {
            SubareaFacts s = subareas.get(i);
            if (s.residentsDate() == null) {
                undated.add(label(s, i));
            } else {
                byDate.computeIfAbsent(s.residentsDate(), d -> new ArrayList<>()).add(label(s, i));
            }
        }
        boolean differ = byDate.size() > 1
                || (municipalityDate != null && !byDate.isEmpty() && !byDate.containsKey(municipalityDate));
        StringBuilder pl = new StringBuilder();
        StringBuilder en = new StringBuilder();
        if (differ) {
            StringBuilder listPl = new StringBuilder();
            StringBuilder listEn = new StringBuilder();
            if (municipalityDate != null) {
                listPl.append("gmina: ").append(municipalityDate);
                listEn.append("municipality: ").append(municipalityDate);
            }
            byDate.forEach((date, codes) -> {
                String sep = listPl.length() == 0 ? "" : "; ";
                listPl.append(sep).append(String.join(", ", codes)).append(": ").append(date);
                listEn.append(sep).append(String.join(", ", codes)).append(": ").append(date);
            });
            pl.append(" Uwaga: liczby mieszkańców podano na różne dni (").append(listPl)
                    .append("), a porównanie powinno dotyczyć tego samego dnia.");
            en.append(" Note: the residents' figures refer to different dates (").append(listEn)
                    .append("), while the comparison should use the same date.");
        }
        if (municipalityDate == null || !undated.isEmpty()) {
            List<String> who = new ArrayList<>();
            List<String> whoEn = new ArrayList<>();
            if (municipalityDate == null) {
                who.add("gminy");
                whoEn.add("the municipality");
            }
            if (!undated.isEmpty()) {
                who.add("podobszarów " + String.join(", ", undated));
                whoEn.add("subareas " + String.join(", ", undated));
            }
            pl.append(" Uwaga: brak daty, na którą ustalono liczbę mieszkańców ").append(String.join(" ani ", who))
                    .append(".");
            en.append(" Note: the reference date of the residents' figure is not given for ")
                    .append(String.join(" and ", whoEn)).append(".");
        }
        return new String[] {pl.toString(), en.toString()};
    }

    /** The four spheres that art. 9 ust. 1 requires at least one of, besides the social one. */
    private static final String[][] OTHER_SPHERES = {
        {"economic", "gospodarcze", "economic"},
        {"environmental", "środowiskowe", "environmental"},
        {"spatialFunctional", "przestrzenno-funkcjonalne", "spatial-functional"},
        {"technical", "techniczne", "technical"}};

    private static Boolean[] otherSpheres(SubareaFacts s) {
        return new Boolean[] {s.economic(), s.environmental(), s.spatialFunctional(), s.technical()};
    }

    /**
     * {@code ART_9_CRISIS}, one check per subarea: negative social phenomena and at least one of economic,
     * environmental, spatial-functional or technical ones. Each sphere is tri-state: PASS needs social found and one
     * other found; FAIL needs social recorded as not found, or social found and all four others recorded as not found;
     * anything else is UNKNOWN, naming the spheres not recorded.
     */
    public List<Check> art9(List<SubareaFacts> degradedSubareas) {
        List<Check> checks = new ArrayList<>();
        List<SubareaFacts> list = degradedSubareas == null ? List.of() : degradedSubareas;
        for (int i = 0; i < list.size(); i++) {
            SubareaFacts s = list.get(i);
            String code = label(s, i);
            Boolean[] other = otherSpheres(s);
            List<String> foundPl = new ArrayList<>();
            List<String> foundEn = new ArrayList<>();
            List<String> notRecorded = new ArrayList<>();
            List<String> notRecordedPl = new ArrayList<>();
            List<String> notRecordedEn = new ArrayList<>();
            if (s.social() == null) {
                notRecorded.add("subareas[" + code + "].crisis.social");
                notRecordedPl.add("społeczne");
                notRecordedEn.add("social");
            }
            for (int k = 0; k < other.length; k++) {
                if (Boolean.TRUE.equals(other[k])) {
                    foundPl.add(OTHER_SPHERES[k][1]);
                    foundEn.add(OTHER_SPHERES[k][2]);
                } else if (other[k] == null) {
                    notRecorded.add("subareas[" + code + "].crisis." + OTHER_SPHERES[k][0]);
                    notRecordedPl.add(OTHER_SPHERES[k][1]);
                    notRecordedEn.add(OTHER_SPHERES[k][2]);
                }
            }
            String notRecordedNotePl = notRecordedPl.isEmpty() ? ""
                    : " Nie odnotowano oceny zjawisk: " + String.join(", ", notRecordedPl) + ".";
            String notRecordedNoteEn = notRecordedEn.isEmpty() ? ""
                    : " Not recorded: " + String.join(", ", notRecordedEn) + " phenomena.";
            CheckResult result;
            List<String> missing = List.of();
            String pl;
            String en;
            if (Boolean.FALSE.equals(s.social())) {
                result = CheckResult.FAIL;
                pl = "Podobszar " + code + ": odnotowano brak negatywnych zjawisk społecznych, które są warunkiem"
                        + " koniecznym" + (foundPl.isEmpty() ? "" : " (stwierdzono tylko zjawiska: "
                                + String.join(", ", foundPl) + ")") + " — warunek niespełniony.";
                en = "Subarea " + code + ": recorded as having no negative social phenomena, which are required"
                        + (foundEn.isEmpty() ? "" : " (only " + String.join(", ", foundEn) + " ones were found)")
                        + " — the condition is not met.";
            } else if (Boolean.TRUE.equals(s.social()) && !foundPl.isEmpty()) {
                result = CheckResult.PASS;
                pl = "Podobszar " + code + ": występują negatywne zjawiska społeczne oraz " + String.join(", ", foundPl)
                        + " — warunek spełniony.";
                en = "Subarea " + code + ": negative social phenomena together with " + String.join(", ", foundEn)
                        + " ones — the condition is met.";
            } else if (Boolean.TRUE.equals(s.social()) && notRecorded.isEmpty()) {
                result = CheckResult.FAIL;
                pl = "Podobszar " + code + ": występują negatywne zjawiska społeczne, ale odnotowano brak zjawisk"
                        + " gospodarczych, środowiskowych, przestrzenno-funkcjonalnych i technicznych — warunek"
                        + " niespełniony.";
                en = "Subarea " + code + ": negative social phenomena, but none of the economic, environmental,"
                        + " spatial-functional or technical ones were found — the condition is not met.";
            } else {
                result = CheckResult.UNKNOWN;
                missing = notRecorded;
                pl = "Podobszar " + code + ": nie można rozstrzygnąć, bo nie odnotowano wszystkich potrzebnych ocen"
                        + " zjawisk kryzysowych" + (Boolean.TRUE.equals(s.social()) ? " (zjawiska społeczne"
                                + " występują)" : "") + "." + notRecordedNotePl;
                en = "Subarea " + code + ": cannot be decided, because not every crisis sphere it depends on is"
                        + " recorded" + (Boolean.TRUE.equals(s.social()) ? " (social phenomena are found)" : "") + "."
                        + notRecordedNoteEn;
            }
            if (result != CheckResult.UNKNOWN && !notRecorded.isEmpty()) {
                pl += notRecordedNotePl;
                en += notRecordedNoteEn;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("social", s.social());
            figures.put("economic", s.economic());
            figures.put("environmental", s.environmental());
            figures.put("spatialFunctional", s.spatialFunctional());
            figures.put("technical", s.technical());
            if (s.crisisEvidence() != null) {
                figures.put("evidence", s.crisisEvidence());
            }
            checks.add(new Check("ART_9_CRISIS", "art. 9 ust. 1",
                    "A degraded subarea shows negative social phenomena and at least one of: economic, environmental,"
                            + " spatial-functional, technical.",
                    code, result, missing, figures, pl, en));
        }
        return checks;
    }

    /**
     * {@code ART_10_3_UNINHABITED_LAND}, one check per subarea: uninhabited (0 residents) post-industrial,
     * post-military or post-railway land needs a written justification; other land passes as not concerned. UNKNOWN
     * when the land type is not recorded, or the land is of such a type and its residents are not known.
     */
    public List<Check> art10Section3(List<SubareaFacts> revitalisationSubareas) {
        String rule = "Uninhabited post-industrial, post-military or post-railway land may be included only with a"
                + " justification that the actions there counteract the social problems.";
        List<Check> checks = new ArrayList<>();
        List<SubareaFacts> list = revitalisationSubareas == null ? List.of() : revitalisationSubareas;
        for (int i = 0; i < list.size(); i++) {
            SubareaFacts s = list.get(i);
            String code = label(s, i);
            Map<String, Object> figures = new LinkedHashMap<>();
            if (s.landType() == null) {
                checks.add(new Check("ART_10_3_UNINHABITED_LAND", "art. 10 ust. 3", rule, code, CheckResult.UNKNOWN,
                        List.of("subareas[" + code + "].landType"), figures,
                        "Podobszar " + code + ": nie odnotowano rodzaju terenu, więc nie wiadomo, czy art. 10 ust. 3"
                                + " go dotyczy.",
                        "Subarea " + code + ": the land type is not recorded, so whether art. 10 ust. 3 applies is"
                                + " not known."));
                continue;
            }
            boolean justified = s.landJustification() != null && !s.landJustification().isBlank();
            figures.put("landType", s.landType().name());
            figures.put("residents", s.residents());
            figures.put("justificationGiven", justified);
            String landPl = landPl(s.landType());
            String landEn = landEn(s.landType());
            CheckResult result;
            List<String> missing = List.of();
            String pl;
            String en;
            if (landPl == null) {
                result = CheckResult.PASS;
                pl = "Podobszar " + code + ": teren nie jest poprzemysłowy, powojskowy ani pokolejowy ("
                        + s.landType().name() + "), więc art. 10 ust. 3 go nie dotyczy.";
                en = "Subarea " + code + ": the land is not post-industrial, post-military or post-railway ("
                        + s.landType().name() + "), so art. 10 ust. 3 does not apply.";
            } else if (s.residents() != null && s.residents() > 0) {
                result = CheckResult.PASS;
                pl = "Podobszar " + code + ": teren " + landPl + ", ale zamieszkany (" + Fmt.num(s.residents(), PL)
                        + " " + Fmt.plural(s.residents(), "mieszkaniec", "mieszkańcy", "mieszkańców")
                        + "), więc art. 10 ust. 3 go nie dotyczy.";
                en = "Subarea " + code + ": " + landEn + " land but inhabited (" + Fmt.num(s.residents(), EN)
                        + " resident" + (s.residents() == 1 ? "" : "s") + "), so art. 10 ust. 3 does not apply.";
            } else if (justified) {
                result = CheckResult.PASS;
                pl = "Podobszar " + code + ": " + (s.residents() == null ? "teren " + landPl
                        + " (liczba mieszkańców nieznana)" : "niezamieszkany teren " + landPl)
                        + " z uzasadnieniem jego włączenia — warunek spełniony.";
                en = "Subarea " + code + ": " + (s.residents() == null ? landEn + " land (residents not known)"
                        : "uninhabited " + landEn + " land") + " with a justification for including it — the"
                        + " condition is met.";
            } else if (s.residents() == null) {
                result = CheckResult.UNKNOWN;
                missing = List.of("subareas[" + code + "].residents");
                pl = "Podobszar " + code + ": teren " + landPl + " bez uzasadnienia; liczba mieszkańców nie jest znana,"
                        + " więc nie wiadomo, czy jest niezamieszkany i wymaga uzasadnienia.";
                en = "Subarea " + code + ": " + landEn + " land without a justification; its residents are not known,"
                        + " so whether it is uninhabited and needs one is not known.";
            } else {
                result = CheckResult.FAIL;
                missing = List.of("subareas[" + code + "].landJustification");
                pl = "Podobszar " + code + ": niezamieszkany teren " + landPl + " bez uzasadnienia, że działania na nim"
                        + " przeciwdziałają problemom społecznym — warunek niespełniony.";
                en = "Subarea " + code + ": uninhabited " + landEn + " land without a justification that the actions"
                        + " there counteract the social problems — the condition is not met.";
            }
            checks.add(new Check("ART_10_3_UNINHABITED_LAND", "art. 10 ust. 3", rule, code, result, missing, figures,
                    pl, en));
        }
        return checks;
    }

    private static String landPl(LandType type) {
        switch (type) {
            case POST_INDUSTRIAL: return "poprzemysłowy";
            case POST_MILITARY: return "powojskowy";
            case POST_RAILWAY: return "pokolejowy";
            default: return null;
        }
    }

    private static String landEn(LandType type) {
        switch (type) {
            case POST_INDUSTRIAL: return "post-industrial";
            case POST_MILITARY: return "post-military";
            case POST_RAILWAY: return "post-railway";
            default: return null;
        }
    }

    /**
     * {@code ART_10_1_WITHIN_DEGRADED}: every revitalisation subarea lies within the union of the degraded subareas
     * (art. 10 ust. 1: the revitalisation area covers all or part of the degraded area). Measured in the equal-area
     * projection; a part outside up to max(containmentToleranceM2, containmentToleranceFraction × subarea area) is
     * coordinate rounding and passes. UNKNOWN when a geometry is missing, unreadable or invalid.
     */
    public Check withinDegradedArea(List<SubareaFacts> revitalisationSubareas, List<SubareaFacts> degradedSubareas) {
        String id = "ART_10_1_WITHIN_DEGRADED";
        String article = "art. 10 ust. 1";
        String rule = "The revitalisation area lies within the degraded area.";
        List<SubareaFacts> revitalisation = revitalisationSubareas == null ? List.of() : revitalisationSubareas;
        List<SubareaFacts> degraded = degradedSubareas == null ? List.of() : degradedSubareas;
        List<String> missing = new ArrayList<>();
        List<String> problemsPl = new ArrayList<>();
        List<String> problemsEn = new ArrayList<>();
        if (revitalisation.isEmpty()) {
            missing.add("revitalisation.subareas");
            problemsPl.add("brak podobszarów rewitalizacji");
            problemsEn.add("there are no revitalisation subareas");
        }
        if (degraded.isEmpty()) {
            missing.add("degraded.subareas");
            problemsPl.add("brak podobszarów obszaru zdegradowanego");
            problemsEn.add("there are no degraded subareas");
        }
        Map<String, Geometry> revitalisationGeometries = geometries("revitalisation", revitalisation, missing,
                problemsPl, problemsEn);
        Map<String, Geometry> degradedGeometries = geometries("degraded", degraded, missing, problemsPl, problemsEn);
        if (!missing.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.UNKNOWN, missing, Map.of(),
                    "Nie można sprawdzić położenia obszaru rewitalizacji: " + String.join("; ", problemsPl) + ".",
                    "Whether the revitalisation area lies within the degraded area cannot be checked: "
                            + String.join("; ", problemsEn) + ".");
        }
        // The overlay runs in lon/lat, where GeoJSON edges are straight (RFC 7946), so shared boundaries coincide
        // exactly; only the areas are measured in the equal-area projection.
        Geometry degradedUnion = OverlayNGRobust.union(degradedGeometries.values());
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("revitalisationSubareas", revitalisation.size());
        figures.put("degradedSubareas", degraded.size());
        figures.put("toleranceM2", Fmt.plain(BigDecimal.valueOf(thresholds.containmentToleranceM2())));
        figures.put("tolerancePct", Fmt.plain(BigDecimal.valueOf(thresholds.containmentToleranceFraction() * 100)));
        List<String> outsidePl = new ArrayList<>();
        List<String> outsideEn = new ArrayList<>();
        double totalOutside = 0;
        Map<String, Object> perSubarea = new LinkedHashMap<>();
        for (Map.Entry<String, Geometry> entry : revitalisationGeometries.entrySet()) {
            double area = GeoJsonGeometry.areaSquareMetres(entry.getValue());
            Geometry difference = OverlayNGRobust.overlay(entry.getValue(), degradedUnion, OverlayNG.DIFFERENCE);
            double outside = difference.isEmpty() ? 0 : GeoJsonGeometry.areaSquareMetres(difference);
            totalOutside += outside;
            double allowed = Math.max(thresholds.containmentToleranceM2(),
                    thresholds.containmentToleranceFraction() * area);
            if (outside > allowed) {
                BigDecimal m2 = BigDecimal.valueOf(outside).setScale(1, RoundingMode.HALF_UP);
                BigDecimal pct = BigDecimal.valueOf(area > 0 ? outside / area * 100 : 100).setScale(2,
                        RoundingMode.HALF_UP);
                perSubarea.put("outsideM2[" + entry.getKey() + "]", m2);
                perSubarea.put("outsidePct[" + entry.getKey() + "]", pct);
                outsidePl.add(entry.getKey() + " (" + Fmt.num(m2, PL) + " m², " + Fmt.pctValue(pct, PL)
                        + " jego powierzchni)");
                outsideEn.add(entry.getKey() + " (" + Fmt.num(m2, EN) + " m², " + Fmt.pctValue(pct, EN)
                        + " of its area)");
            }
        }
        BigDecimal total = BigDecimal.valueOf(totalOutside).setScale(1, RoundingMode.HALF_UP);
        figures.put("totalOutsideM2", total);
        figures.putAll(perSubarea);
        if (outsidePl.isEmpty()) {
            return new Check(id, article, rule, null, CheckResult.PASS, List.of(), figures,
                    "Wszystkie podobszary rewitalizacji (" + revitalisation.size() + ") leżą w obszarze zdegradowanym ("
                            + degraded.size() + " " + Fmt.plural(degraded.size(), "podobszar", "podobszary",
                                    "podobszarów") + "); poza nim łącznie " + Fmt.num(total, PL)
                            + " m², w granicach tolerancji zaokrągleń — warunek spełniony.",
                    "All " + revitalisation.size() + " revitalisation subarea" + (revitalisation.size() == 1 ? "" : "s")
                            + " lie within the degraded area (" + degraded.size() + " subarea"
                            + (degraded.size() == 1 ? "" : "s") + "); " + Fmt.num(total, EN)
                            + " m² in total lie outside, within the rounding tolerance — the condition is met.");
        }
        return new Check(id, article, rule, null, CheckResult.FAIL, List.of(), figures,
                "Poza obszarem zdegradowanym leżą części podobszarów rewitalizacji: " + String.join("; ", outsidePl)
                        + " — warunek niespełniony.",
                "Parts of revitalisation subareas lie outside the degraded area: " + String.join("; ", outsideEn)
                        + " — the condition is not met.");
    }

    private static Map<String, Geometry> geometries(String area, List<SubareaFacts> subareas, List<String> missing,
            List<String> problemsPl, List<String> problemsEn) {
        Map<String, Geometry> result = new LinkedHashMap<>();
        String whosePl = "revitalisation".equals(area) ? "podobszar rewitalizacji " : "podobszar zdegradowany ";
        String whoseEn = "revitalisation".equals(area) ? "revitalisation subarea " : "degraded subarea ";
        for (int i = 0; i < subareas.size(); i++) {
            SubareaFacts s = subareas.get(i);
            String code = label(s, i);
            String path = area + ".subareas[" + code + "].geometry";
            if (s.geometry() == null || s.geometry().isBlank()) {
                missing.add(path);
                problemsPl.add(whosePl + code + " nie ma geometrii");
                problemsEn.add(whoseEn + code + " has no geometry");
                continue;
            }
            Geometry geometry;
            try {
                geometry = GeoJsonGeometry.parse(s.geometry());
            } catch (GeoJsonException e) {
                missing.add(path);
                problemsPl.add(whosePl + code + " ma nieczytelną geometrię (" + e.getMessage() + ")");
                problemsEn.add(whoseEn + code + " has an unreadable geometry (" + e.getMessage() + ")");
                continue;
            }
            GeometryValidity validity = GeoJsonGeometry.validate(geometry);
            if (!validity.valid()) {
                missing.add(path);
                problemsPl.add(whosePl + code + " ma nieprawidłową geometrię: " + stripDot(validity.messagePl()));
                problemsEn.add(whoseEn + code + " has an invalid geometry: " + stripDot(validity.messageEn()));
                continue;
            }
            result.put(code, geometry);
        }
        return result;
    }

    private static String stripDot(String text) {
        String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        int colon = t.indexOf(": ");
        return colon >= 0 ? t.substring(colon + 2) : t;
    }

    /**
     * {@code AREA_HA_MATCH} for each subarea (declared hectares vs the geometry's area, tolerance from the
     * thresholds). UNKNOWN when the geometry or the declared area is missing, or the geometry is unreadable.
     */
    public List<Check> areaMatches(List<SubareaFacts> subareas) {
        List<Check> checks = new ArrayList<>();
        List<SubareaFacts> list = subareas == null ? List.of() : subareas;
        for (int i = 0; i < list.size(); i++) {
            SubareaFacts s = list.get(i);
            String code = label(s, i);
            Geometry geometry = null;
            if (s.geometry() != null && !s.geometry().isBlank()) {
                try {
                    geometry = GeoJsonGeometry.parse(s.geometry());
                } catch (GeoJsonException e) {
                    checks.add(new Check("AREA_HA_MATCH", null, "The declared area (ha) agrees with the area computed"
                            + " from the geometry within " + Fmt.num(thresholds.areaTolerancePct(), EN) + "%.", code,
                            CheckResult.UNKNOWN, List.of("subareas[" + code + "].geometry"), Map.of(),
                            "Podobszar " + code + ": geometria jest nieczytelna (" + e.getMessage()
                                    + "), więc nie można porównać powierzchni.",
                            "Subarea " + code + ": the geometry is unreadable (" + e.getMessage()
                                    + "), so the areas cannot be compared."));
                    continue;
                }
            }
            checks.add(GeoJsonGeometry.areaMatch(code, geometry, s.areaHa(), thresholds.areaTolerancePct()));
        }
        return checks;
    }

    /** The subarea's code, else its name, else its position (#1, #2, ...). */
    static String label(SubareaFacts s, int index) {
        if (s.code() != null && !s.code().isBlank()) {
            return s.code();
        }
        if (s.name() != null && !s.name().isBlank()) {
            return s.name();
        }
        return "#" + (index + 1);
    }
}
