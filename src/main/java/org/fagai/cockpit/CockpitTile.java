package org.fagai.cockpit;

import java.util.Optional;

/**
 * SPI of the cockpit: a module that has something for the leaders implements it once, as a bean in its own internal
 * package (like {@code organization.MenuContributor}). The cockpit calls every bean after checking the user may see the
 * region; a bean returns empty when its module holds nothing for the year and region.
 */
public interface CockpitTile {

    Optional<Tile> tile(CockpitScope scope);
}
