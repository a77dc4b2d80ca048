package pl.odnowa.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Benchmark figure of the delimitation method alone (no database, no HTTP): 2,000 grid cells × 20 indicators, printed as
 * time and heap used. Run: ./mvnw -B -pl backend test -Dtest=DelimitationBenchTest (figure in bench/delimitation.md).
 */
class DelimitationBenchTest {

    @Test
    void twoThousandCellsTwentyIndicators() {
        Random random = new Random(14);
        List<Delimitation.Unit> units = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            units.add(new Delimitation.Unit(i, "C" + i, "Cell " + i, 25.0, 50 + random.nextInt(500)));
        }
        Sphere[] spheres = Sphere.values();
        List<Delimitation.Indicator> indicators = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            Map<Long, Double> values = new HashMap<>();
            for (Delimitation.Unit u : units) {
                values.put(u.id(), random.nextDouble() * 100);
            }
            indicators.add(new Delimitation.Indicator("I" + k, "Indicator " + k, spheres[k % 5],
                    k % 2 == 0 ? DiagnosticDirection.HIGHER_IS_WORSE : DiagnosticDirection.HIGHER_IS_BETTER, k % 3 == 0, null, values));
        }
        Runtime rt = Runtime.getRuntime();
        List<Delimitation.UnitResult> results = null;
        for (int warm = 0; warm < 5; warm++) {
            results = Delimitation.compute(units, indicators, 10, 2);
        }
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        int runs = 20;
        for (int r = 0; r < runs; r++) {
            results = Delimitation.compute(units, indicators, 10, 2);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        long after = rt.totalMemory() - rt.freeMemory();
        long degraded = results.stream().filter(x -> Boolean.TRUE.equals(x.meetsArt9())).count();
        System.out.printf("delimitation bench: 2000 cells x 20 indicators: %.1f ms per run (mean of %d), heap growth %.1f MB over %d runs, "
                + "%d cells meet art. 9%n", ms, runs, (after - before) / 1048576.0, runs, degraded);
        assertEquals(2000, results.size());
    }
}
