/**
 * 领导驾驶舱: one page of tiles over every module's figures for a year and region. Offers the SPIs
 * {@link org.fagai.cockpit.CockpitTile} (a module adds its tile) and {@link org.fagai.cockpit.SummarySection} (a module
 * adds its sentence to the work summary), so a later module contributes without the cockpit reading its tables.
 */
package org.fagai.cockpit;
