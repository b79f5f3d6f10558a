package org.fagai.attraction;

import org.fagai.cockpit.TileFact;

/**
 * A lead was recorded or moved (found, negotiated, signed, landed, funds in place, dropped), or a trip, negotiation or
 * signing event was recorded in a region: its summary and funnel have changed. Published inside the change's
 * transaction; listeners hear it once it has committed.
 */
public record AttractionFiguresChanged(String regionCode) implements TileFact {

    @Override
    public String tileKey() {
        return "attraction";
    }
}
