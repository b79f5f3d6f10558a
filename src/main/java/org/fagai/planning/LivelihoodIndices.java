package org.fagai.planning;

import java.util.List;

/** 七有五性 indices of the districts of the user's city, for dashboards. */
public interface LivelihoodIndices {

    /** The districts' indices of a year (half 0) or its first half (1), ranked; empty when the round does not exist. */
    List<RegionIndex> index(int year, int half);
}
