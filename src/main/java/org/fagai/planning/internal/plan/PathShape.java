package org.fagai.planning.internal.plan;

/**
 * The path from the base-year value to the target-year value: LINEAR covers the distance in proportion to the years
 * elapsed (years elapsed / plan years, the default 序时进度); COMPOUND grows by a constant rate each year.
 */
enum PathShape {
    LINEAR, COMPOUND
}
