package org.fagai.cockpit;

/**
 * One figure a summary sentence states: its name, the value as written, the period and region it covers and where it
 * was read (the module's API and the stored facts behind it).
 */
public record SummaryFigure(String name, String value, String period, String region, String source) {
}
