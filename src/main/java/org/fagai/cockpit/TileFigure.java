package org.fagai.cockpit;

/**
 * One figure of a tile: its label as a message key, or as data (an indicator's catalogue name) in {@code label}; the
 * value as people read it (2578亿元, 96.5%, 12); a note (目标7.5%，排名2/6); and its tone — {@code ok}, {@code warn},
 * {@code bad} or null — from the rule the owning module applied (warnings, colours), never restated here.
 */
public record TileFigure(String labelKey, String label, String value, String note, String tone) {

    public static TileFigure of(String labelKey, String value) {
        return new TileFigure(labelKey, null, value, null, null);
    }

    public static TileFigure of(String labelKey, String value, String tone) {
        return new TileFigure(labelKey, null, value, null, tone);
    }
}
