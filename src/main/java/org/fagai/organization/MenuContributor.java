package org.fagai.organization;

import java.util.List;

/** SPI of the sidebar: each module that has pages implements it once, in its internal package. */
public interface MenuContributor {

    List<MenuEntry> menuEntries();
}
