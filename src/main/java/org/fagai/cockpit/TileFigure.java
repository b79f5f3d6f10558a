package org.fagai.cockpit;

/**
 * One figure of a tile: its label as a message key, or as data (an indicator's catalogue name) in {@code label}; the
 * value as people read it (96.5%, 12), or as a stored sentence when it carries a unit ({@code StoredText}: 2578亿元 /
 * 2578 × 100m CNY, shown with {@code @fmt.stored}); a note (目标7.5%，排名2/6); and its tone — {@code ok}, {@code warn},
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
