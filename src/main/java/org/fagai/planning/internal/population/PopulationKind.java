package org.fagai.planning.internal.population;

/** What the city sets for a district: a ceiling on its resident population, or a number of residents to reduce by. */
enum PopulationKind {
    CEILING, REDUCTION;

    public String labelKey() {
        return "planning.population.kind." + name();
    }
}
