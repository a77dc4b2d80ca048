package pl.odnowa.monitoring;

import pl.odnowa.project.FundingInstrument;

/**
 * One funding source's spending in a monitored year, as stored (JSON). The amounts are exact decimal strings with two
 * fraction digits, so that a stored value reads back the same; null: not recorded (never 0).
 */
public record MonitoringFunding(String source, FundingInstrument instrument, String planned, String actual) {
}
