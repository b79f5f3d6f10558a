package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An offer as pages and the API show it; {@code interests} counted from the registrations. */
record OfferView(long id, String title, String projectCode, String regionCode, String regionName, OfferSector sector,
                 BigDecimal totalInvestment, OfferMode mode, String contactName, String contactPhone, String description,
                 String status, LocalDate publishedOn, long interests) {
}
