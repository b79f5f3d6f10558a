package org.fagai.businessenv.internal;

/** 行业领域 of a project offered to private capital. */
enum OfferSector {
    TRANSPORT, ENERGY, WATER, MUNICIPAL, SOCIAL, INDUSTRY, AGRICULTURE, OTHER
}
