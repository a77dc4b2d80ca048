package pl.odnowa.evaluation;

import java.math.BigDecimal;

/** A value in a year (base, latest or target of a progress assessment); a target may lack its year. */
public record YearValue(Integer year, BigDecimal value) {
}
