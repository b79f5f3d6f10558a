package org.fagai.energy;

import org.fagai.cockpit.TileFact;

/**
 * Energy reports were stored or recomputed, a target was set or an on-site check recorded: regions' energy figures
 * (consumption, intensities against targets, checks) have changed. {@code change} names what: REPORTS, FACTORS, TARGETS
 * or CHECKS. Published inside the change's transaction; listeners hear it once it has committed.
 */
public record EnergyFiguresChanged(String change) implements TileFact {

    @Override
    public String tileKey() {
        return "energy";
    }
}
