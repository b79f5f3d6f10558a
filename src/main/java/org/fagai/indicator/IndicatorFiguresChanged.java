package org.fagai.indicator;

import java.util.Set;

/**
 * Indicator values were recorded or imported, or an annual target was set: the figures of these regions and years have
 * changed (growth, target gap, rank). Published inside the change's transaction; listeners hear it once it has committed.
 */
public record IndicatorFiguresChanged(Set<String> regionCodes, Set<Integer> years) {

    public IndicatorFiguresChanged {
        regionCodes = Set.copyOf(regionCodes);
        years = Set.copyOf(years);
    }
}
