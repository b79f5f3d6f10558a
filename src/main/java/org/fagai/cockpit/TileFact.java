package org.fagai.cockpit;

/**
 * An event of a module that contributes its own tile ({@link CockpitTile}) and has changed the figures behind it: the
 * cockpit drops that tile at once instead of waiting for its refresh interval. The event itself lives in the module's API;
 * it implements this interface because the cockpit cannot name it (the module already depends on the cockpit).
 */
public interface TileFact {

    /** The key of the tile whose figures changed ({@link Tile#key()}). */
    String tileKey();
}
