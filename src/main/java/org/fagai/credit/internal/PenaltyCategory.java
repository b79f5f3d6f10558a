package org.fagai.credit.internal;

/**
 * The field a penalty belongs to. Its publication periods (the minimum before credit repair may end publication, and
 * the maximum after which publication stops by itself) are {@link PublicationTerms} an administrator keeps.
 */
enum PenaltyCategory {
    GENERAL, FOOD, DRUG, SPECIAL_EQUIPMENT, SAFETY_PRODUCTION, FIRE;

    public String labelKey() {
        return "penalty.category." + name();
    }
}
