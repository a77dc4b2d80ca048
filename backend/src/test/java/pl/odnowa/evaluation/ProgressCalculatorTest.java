package pl.odnowa.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import pl.odnowa.indicator.Direction;

class ProgressCalculatorTest {

    private static Map<Integer, BigDecimal> obs(Object... yearValue) {
        Map<Integer, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            map.put((Integer) yearValue[i], new BigDecimal(yearValue[i + 1].toString()));
        }
        return map;
    }

    private static BigDecimal bd(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static Progress calc(Direction direction, Integer baseYear, String baseValue, Integer targetYear,
            String targetValue, Map<Integer, BigDecimal> observations) {
        return ProgressCalculator.calculate(new ProgressInput(direction, baseYear, bd(baseValue), targetYear,
                bd(targetValue), observations));
    }

    private static void assertScale4(BigDecimal value) {
        assertEquals(4, value.scale(), () -> value + " should have 4 decimals");
    }

    @Nested
    class WorkedExamples {

        @Test
        void higherWithTargetOnTrackUsesBaselineAndLatest() {
            // required (200/100)^(1/10) - 1 = 7.177%; actual (150/100)^(1/5) - 1 = 8.447%; R = 1.1769
            Progress p = calc(Direction.HIGHER, 2015, "100", 2025, "200", obs(2017, "120", 2020, "150"));
            assertEquals(ProgressStatus.ON_TRACK, p.status());
            assertEquals(ProgressMethod.CAGR_VS_REQUIRED, p.method());
            assertEquals(new BigDecimal("0.0845"), p.actualCagr());
            assertEquals(new BigDecimal("0.0718"), p.requiredCagr());
            assertEquals(new BigDecimal("1.1769"), p.ratio());
            assertEquals(new YearValue(2015, bd("100")), p.base());
            assertEquals(new YearValue(2020, bd("150")), p.latest());
            assertEquals(new YearValue(2025, bd("200")), p.target());
            assertTrue(p.explanationEn().contains("rose by 8.447% a year"), p.explanationEn());
            assertTrue(p.explanationEn().contains("requires a rise of 7.177% a year"), p.explanationEn());
            assertTrue(p.explanationEn().contains("ratio is 1.177, at least 0.95: on track"), p.explanationEn());
            assertTrue(p.explanationPl().contains("rosła średnio o 8,447% rocznie"), p.explanationPl());
            assertTrue(p.explanationPl().contains("wymaga wzrostu o 7,177% rocznie"), p.explanationPl());
            assertTrue(p.explanationPl().contains("1,177, czyli co najmniej 0,95: na dobrej drodze"),
                    p.explanationPl());
        }

        @Test
        void lowerWithTargetPm25NeedsAcceleration() {
            // PM2.5 30 → 26 µg/m³ (2015 → 2021), target 20 by 2030:
            // actual (26/30)^(1/6) - 1 = -2.357%, required (20/30)^(1/15) - 1 = -2.667%, R = 0.8837
            Progress p = calc(Direction.LOWER, null, null, 2030, "20", obs(2021, "26", 2015, "30", 2018, "28"));
            assertEquals(ProgressStatus.ACCELERATION_NEEDED, p.status());
            assertEquals(new BigDecimal("-0.0236"), p.actualCagr());
            assertEquals(new BigDecimal("-0.0267"), p.requiredCagr());
            assertEquals(new BigDecimal("0.8837"), p.ratio());
            assertEquals(new YearValue(2015, bd("30")), p.base());
            assertTrue(p.explanationEn().contains("fell by 2.357% a year"), p.explanationEn());
            assertTrue(p.explanationEn().contains("requires a fall of 2.667% a year"), p.explanationEn());
            assertTrue(p.explanationEn().contains("between 0.6 and 0.95: acceleration needed"), p.explanationEn());
            assertTrue(p.explanationPl().contains("malała średnio o 2,357% rocznie"), p.explanationPl());
            assertTrue(p.explanationPl().contains("wymaga spadku o 2,667% rocznie"), p.explanationPl());
        }

        @Test
        void gapsAndUnorderedInputUseEarliestAndLatestYears() {
            // 100 (2015) → 146.41 (2019) is exactly 10% a year; 2016 and 2018 are missing
            Progress p = calc(Direction.HIGHER, null, null, null, null, obs(2019, "146.41", 2015, "100", 2017, "90"));
            assertEquals(ProgressStatus.ON_TRACK, p.status());
            assertEquals(ProgressMethod.CAGR_THRESHOLDS, p.method());
            assertEquals(new BigDecimal("0.1000"), p.actualCagr());
            assertNull(p.ratio());
            assertNull(p.requiredCagr());
            assertEquals(new YearValue(2015, bd("100")), p.base());
            assertEquals(new YearValue(2019, bd("146.41")), p.latest());
            assertTrue(p.explanationEn().startsWith("There is no numeric target, so the CAGR thresholds apply:"),
                    p.explanationEn());
            assertTrue(p.explanationPl().startsWith("Brak liczbowego celu, więc stosuje się progi CAGR:"),
                    p.explanationPl());
            assertTrue(p.explanationPl().contains("rosła średnio o 10% rocznie"), p.explanationPl());
        }

        @Test
        void baselineOverridesEarliestObservationAndEarlierObservationsAreIgnored() {
            // base is the baseline 2016: 50, not the 2015 observation; 50 → 60 over 4 years = 4.664%
            Progress p = calc(Direction.HIGHER, 2016, "50", null, null, obs(2015, "10", 2020, "60"));
            assertEquals(new YearValue(2016, bd("50")), p.base());
            assertEquals(new YearValue(2020, bd("60")), p.latest());
            assertEquals(new BigDecimal("0.0466"), p.actualCagr());
            assertEquals(ProgressStatus.ON_TRACK, p.status());
        }

        @Test
        void baselinePlusOneLaterObservationIsEnough() {
            Progress p = calc(Direction.LOWER, 2020, "100", 2030, "50", obs(2022, "90"));
            assertEquals(ProgressMethod.CAGR_VS_REQUIRED, p.method());
            // actual (0.9)^(1/2) - 1 = -5.13%, required (0.5)^(1/10) - 1 = -6.70%, R = 0.7663
            assertEquals(ProgressStatus.ACCELERATION_NEEDED, p.status());
            assertEquals(new BigDecimal("0.7663"), p.ratio());
        }

        @Test
        void outputIsRoundedToFourDecimals() {
            Progress p = calc(Direction.HIGHER, 2015, "100", 2025, "200", obs(2020, "150"));
            assertScale4(p.ratio());
            assertScale4(p.actualCagr());
            assertScale4(p.requiredCagr());
        }
    }

    @Nested
    class WithTarget {

        @Test
        void higherTargetAchieved() {
            Progress p = calc(Direction.HIGHER, 2015, "100", 2025, "150", obs(2021, "160"));
            assertEquals(ProgressStatus.TARGET_ACHIEVED, p.status());
            assertEquals(ProgressMethod.TARGET_COMPARISON, p.method());
            assertNull(p.ratio());
            assertEquals("The latest value 160 (2021) already meets the target of 150 (2025; higher is better):"
                    + " target achieved.", p.explanationEn());
            assertEquals("Ostatnia wartość 160 (2021 r.) spełnia już cel 150 (2025 r.; lepsza jest wyższa wartość):"
                    + " cel osiągnięty.", p.explanationPl());
        }

        @Test
        void targetMetExactlyIsAchieved() {
            assertEquals(ProgressStatus.TARGET_ACHIEVED,
                    calc(Direction.HIGHER, 2015, "100", 2025, "150", obs(2021, "150.00")).status());
            assertEquals(ProgressStatus.TARGET_ACHIEVED,
                    calc(Direction.LOWER, 2015, "100", 2025, "50", obs(2021, "50")).status());
        }

        @Test
        void lowerTargetAchieved() {
            Progress p = calc(Direction.LOWER, 2015, "30", 2030, "20", obs(2022, "18.5"));
            assertEquals(ProgressStatus.TARGET_ACHIEVED, p.status());
            assertTrue(p.explanationEn().contains("lower is better"), p.explanationEn());
        }

        // base 100 (2020), target 200 (2021): required CAGR 100%, so R = (latest - 100) / 100
        @ParameterizedTest(name = "HIGHER latest {0} → {1}")
        @CsvSource({
            "195, ON_TRACK, 0.9500",
            "194.99, ACCELERATION_NEEDED, 0.9499",
            "160, ACCELERATION_NEEDED, 0.6000",
            "159.99, LIMITED_PROGRESS, 0.5999",
            "100, LIMITED_PROGRESS, 0.0000",
            "99.99, DETERIORATION, -0.0001",
            "50, DETERIORATION, -0.5000"})
        void higherRatioEdges(String latest, ProgressStatus status, String ratio) {
            Progress p = calc(Direction.HIGHER, 2020, "100", 2021, "200", obs(2021, latest));
            assertEquals(status, p.status());
            assertEquals(ProgressMethod.CAGR_VS_REQUIRED, p.method());
            assertEquals(new BigDecimal(ratio), p.ratio());
            assertEquals(new BigDecimal("1.0000"), p.requiredCagr());
        }

        // base 100 (2020), target 50 (2021): required CAGR -50%, so R = (100 - latest) / 50
        @ParameterizedTest(name = "LOWER latest {0} → {1}")
        @CsvSource({
            "52.5, ON_TRACK, 0.9500",
            "52.51, ACCELERATION_NEEDED, 0.9498",
            "70, ACCELERATION_NEEDED, 0.6000",
            "70.01, LIMITED_PROGRESS, 0.5998",
            "100, LIMITED_PROGRESS, 0.0000",
            "100.01, DETERIORATION, -0.0002",
            "130, DETERIORATION, -0.6000"})
        void lowerRatioEdges(String latest, ProgressStatus status, String ratio) {
            Progress p = calc(Direction.LOWER, 2020, "100", 2021, "50", obs(2021, latest));
            assertEquals(status, p.status());
            assertEquals(new BigDecimal(ratio), p.ratio());
            assertEquals(new BigDecimal("-0.5000"), p.requiredCagr());
        }

        @Test
        void ratioOfExactlyZeroSaysValueDidNotChange() {
            Progress p = calc(Direction.HIGHER, 2020, "100", 2025, "200", obs(2023, "100"));
            assertEquals(ProgressStatus.LIMITED_PROGRESS, p.status());
            assertTrue(p.explanationEn().contains("did not change (CAGR 0%)"), p.explanationEn());
            assertTrue(p.explanationPl().contains("nie zmieniła się (CAGR 0%)"), p.explanationPl());
            assertTrue(p.explanationPl().contains("od 0 do 0,6: ograniczony postęp"), p.explanationPl());
        }

        @Test
        void deteriorationExplained() {
            Progress p = calc(Direction.HIGHER, 2020, "100", 2025, "150", obs(2022, "90"));
            assertEquals(ProgressStatus.DETERIORATION, p.status());
            assertTrue(p.ratio().signum() < 0);
            assertTrue(p.explanationEn().contains("below 0: deterioration"), p.explanationEn());
            assertTrue(p.explanationPl().contains("poniżej 0: pogorszenie"), p.explanationPl());
        }

        @Test
        void targetEqualToBaseNotMetIsDeteriorationWithoutRatio() {
            Progress p = calc(Direction.HIGHER, 2020, "100", 2025, "100", obs(2022, "95"));
            assertEquals(ProgressStatus.DETERIORATION, p.status());
            assertNull(p.ratio());
            assertEquals(new BigDecimal("0.0000"), p.requiredCagr());
            assertTrue(p.explanationEn().contains("equals the base value"), p.explanationEn());
            assertTrue(p.explanationPl().contains("jest równy wartości bazowej"), p.explanationPl());
        }

        @Test
        void targetAlreadyPassedAtBaseButLostIsDeterioration() {
            Progress higher = calc(Direction.HIGHER, 2020, "100", 2025, "90", obs(2022, "85"));
            assertEquals(ProgressStatus.DETERIORATION, higher.status());
            assertNull(higher.ratio());
            assertTrue(higher.explanationEn().contains("was already met at the base year (2020: 100"),
                    higher.explanationEn());
            assertTrue(higher.explanationPl().contains("był spełniony już w roku bazowym"), higher.explanationPl());

            Progress lower = calc(Direction.LOWER, 2020, "100", 2025, "110", obs(2022, "120"));
            assertEquals(ProgressStatus.DETERIORATION, lower.status());
            assertNull(lower.ratio());
        }

        @Test
        void targetAlreadyPassedAtBaseAndStillMetIsAchieved() {
            Progress p = calc(Direction.LOWER, 2020, "100", 2025, "110", obs(2022, "105"));
            assertEquals(ProgressStatus.TARGET_ACHIEVED, p.status());
        }

        @Test
        void targetWithoutYearFallsBackToThresholds() {
            // 100 → 103 over two years = 1.489% a year: just under 1.5%
            Progress p = calc(Direction.HIGHER, 2020, "100", null, "120", obs(2022, "103"));
            assertEquals(ProgressStatus.ACCELERATION_NEEDED, p.status());
            assertEquals(ProgressMethod.CAGR_THRESHOLDS, p.method());
            assertEquals(new YearValue(null, bd("120")), p.target());
            assertTrue(p.explanationEn().startsWith("The target of 120 has no target year"), p.explanationEn());
            assertTrue(p.explanationPl().startsWith("Cel 120 nie ma roku docelowego"), p.explanationPl());
        }

        @Test
        void targetWithoutYearCanStillBeAchieved() {
            Progress p = calc(Direction.HIGHER, 2020, "100", null, "120", obs(2022, "125"));
            assertEquals(ProgressStatus.TARGET_ACHIEVED, p.status());
            assertTrue(p.explanationEn().contains("the target of 120 (higher is better)"), p.explanationEn());
        }

        @Test
        void targetYearNotAfterBaseYearIsNotApplicable() {
            Progress p = calc(Direction.HIGHER, 2020, "100", 2020, "150", obs(2022, "110"));
            assertEquals(ProgressStatus.NOT_APPLICABLE, p.status());
            assertNull(p.method());
            assertTrue(p.explanationEn().contains("target year 2020 is not after the base year 2020"),
                    p.explanationEn());
        }
    }

    @Nested
    class WithoutTarget {

        // 100 (2020) → latest (2021): CAGR = latest/100 - 1
        @ParameterizedTest(name = "HIGHER latest {0} → {1}")
        @CsvSource({
            "101.5, ON_TRACK, 0.0150",
            "101.49, ACCELERATION_NEEDED, 0.0149",
            "100.5, ACCELERATION_NEEDED, 0.0050",
            "100.49, LIMITED_PROGRESS, 0.0049",
            "100, LIMITED_PROGRESS, 0.0000",
            "99.99, DETERIORATION, -0.0001"})
        void higherThresholdEdges(String latest, ProgressStatus status, String cagr) {
            Progress p = calc(Direction.HIGHER, null, null, null, null, obs(2020, "100", 2021, latest));
            assertEquals(status, p.status());
            assertEquals(ProgressMethod.CAGR_THRESHOLDS, p.method());
            assertEquals(new BigDecimal(cagr), p.actualCagr());
            assertNull(p.ratio());
        }

        @ParameterizedTest(name = "LOWER latest {0} → {1}")
        @CsvSource({
            "98.5, ON_TRACK, -0.0150",
            "98.51, ACCELERATION_NEEDED, -0.0149",
            "99.5, ACCELERATION_NEEDED, -0.0050",
            "99.51, LIMITED_PROGRESS, -0.0049",
            "100, LIMITED_PROGRESS, 0.0000",
            "100.01, DETERIORATION, 0.0001"})
        void lowerThresholdEdges(String latest, ProgressStatus status, String cagr) {
            Progress p = calc(Direction.LOWER, 2020, "100", null, null, obs(2021, latest));
            assertEquals(status, p.status());
            assertEquals(new BigDecimal(cagr), p.actualCagr());
        }

        @Test
        void explanationsNameTheDirectionAndThreshold() {
            Progress p = calc(Direction.LOWER, 2020, "100", null, null, obs(2022, "90"));
            assertEquals(ProgressStatus.ON_TRACK, p.status());
            assertTrue(p.explanationEn().contains("where lower is better, an improvement of at least 1.5% a year is"
                    + " on track"), p.explanationEn());
            assertTrue(p.explanationPl().contains("lepsza jest niższa wartość, poprawa o co najmniej 1,5% rocznie"),
                    p.explanationPl());
            Progress worse = calc(Direction.HIGHER, 2020, "100", null, null, obs(2022, "90"));
            assertEquals(ProgressStatus.DETERIORATION, worse.status());
            assertTrue(worse.explanationEn().contains("a change in the wrong direction is deterioration"),
                    worse.explanationEn());
        }
    }

    @Nested
    class InsufficientData {

        @Test
        void noObservations() {
            Progress p = calc(Direction.HIGHER, 2020, "100", 2025, "150", Map.of());
            assertEquals(ProgressStatus.INSUFFICIENT_DATA, p.status());
            assertNull(p.method());
            assertNull(p.actualCagr());
            assertEquals(new YearValue(2020, bd("100")), p.base());
            assertNull(p.latest());
            assertEquals("No observations: progress cannot be assessed without data.", p.explanationEn());
            assertEquals(ProgressStatus.INSUFFICIENT_DATA,
                    ProgressCalculator.calculate(new ProgressInput(Direction.LOWER, null, null, null, null, null))
                            .status());
        }

        @Test
        void singleObservationWithoutBaseline() {
            Progress p = calc(Direction.HIGHER, null, null, 2025, "150", obs(2021, "160"));
            // no guess, even though the one value is above the target
            assertEquals(ProgressStatus.INSUFFICIENT_DATA, p.status());
            assertTrue(p.explanationEn().startsWith("Only one observation (2021)"), p.explanationEn());
            assertTrue(p.explanationPl().startsWith("Tylko jedna obserwacja (2021 r.)"), p.explanationPl());
        }

        @Test
        void noObservationAfterBaseYear() {
            Progress p = calc(Direction.HIGHER, 2020, "100", null, null, obs(2019, "90", 2020, "100"));
            assertEquals(ProgressStatus.INSUFFICIENT_DATA, p.status());
            assertTrue(p.explanationEn().contains("No observation after the base year 2020 (latest: 2020)"),
                    p.explanationEn());
        }

        @Test
        void incompleteBaselineIsIgnored() {
            Progress p = calc(Direction.HIGHER, 2010, null, null, null, obs(2020, "100", 2021, "102"));
            assertEquals(new YearValue(2020, bd("100")), p.base());
            assertEquals(ProgressStatus.ON_TRACK, p.status());
        }
    }

    @Nested
    class NotApplicable {

        @Test
        void zeroBase() {
            Progress p = calc(Direction.HIGHER, 2020, "0", 2025, "10", obs(2022, "5"));
            assertEquals(ProgressStatus.NOT_APPLICABLE, p.status());
            assertNull(p.method());
            assertNull(p.actualCagr());
            assertEquals("The base value (2020: 0) is not positive: the CAGR method needs positive values, so no"
                    + " progress status is given.", p.explanationEn());
            assertTrue(p.explanationPl().startsWith("Wartość bazowa (2020 r.: 0) nie jest dodatnia"),
                    p.explanationPl());
        }

        @Test
        void negativeBase() {
            Progress p = calc(Direction.HIGHER, null, null, null, null, obs(2020, "-3.5", 2022, "2"));
            assertEquals(ProgressStatus.NOT_APPLICABLE, p.status());
            assertTrue(p.explanationEn().contains("(2020: -3.5) is not positive"), p.explanationEn());
        }

        @Test
        void zeroOrNegativeLatest() {
            assertEquals(ProgressStatus.NOT_APPLICABLE,
                    calc(Direction.HIGHER, 2020, "10", null, null, obs(2022, "0")).status());
            Progress p = calc(Direction.LOWER, 2020, "10", null, null, obs(2022, "-1"));
            assertEquals(ProgressStatus.NOT_APPLICABLE, p.status());
            assertTrue(p.explanationEn().startsWith("The latest value (2022: -1) is not positive"),
                    p.explanationEn());
        }

        @Test
        void zeroTargetNotYetMet() {
            Progress p = calc(Direction.LOWER, 2020, "12", 2030, "0", obs(2022, "8"));
            assertEquals(ProgressStatus.NOT_APPLICABLE, p.status());
            assertTrue(p.explanationEn().startsWith("The target value (0) is not positive"), p.explanationEn());
            assertTrue(p.explanationPl().startsWith("Wartość docelowa (0) nie jest dodatnia"), p.explanationPl());
        }

        @Test
        void zeroTargetMetIsAchievedBecauseNoGrowthRateIsNeeded() {
            Progress p = calc(Direction.LOWER, 2020, "12", 2030, "0", obs(2022, "0"));
            assertEquals(ProgressStatus.TARGET_ACHIEVED, p.status());
            assertNull(p.actualCagr());
        }
    }

    @Test
    void directionIsRequired() {
        assertThrows(NullPointerException.class, () -> new ProgressInput(null, null, null, null, null, Map.of()));
    }
}
