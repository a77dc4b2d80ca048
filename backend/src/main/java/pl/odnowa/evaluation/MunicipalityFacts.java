package pl.odnowa.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The municipality's figures used by art. 10 ust. 2.
 *
 * @param name          for the explanation (may be null)
 * @param areaKm2       area in km² (1 km² = 100 ha)
 * @param residents     number of residents
 * @param residentsDate the date the residents figure refers to
 */
public record MunicipalityFacts(String name, BigDecimal areaKm2, Integer residents, LocalDate residentsDate) {
}
