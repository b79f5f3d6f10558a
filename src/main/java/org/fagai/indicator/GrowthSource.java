package org.fagai.indicator;

/**
 * Where an indicator's 同比 growth comes from: computed by us from last year's same period, or reported by the
 * statistics bureau (comparable-price indicators such as GDP). When both exist the reported one is shown.
 */
public enum GrowthSource {
    COMPUTED, REPORTED
}
