package org.fagai.businessenv;

/**
 * An investor registered interest in a project offered to private capital on the public page. The attraction module
 * (招商) turns it into a lead: the offer names the project (its investment project code when it came from the key-project
 * library) and the region, the investor its name, credit code and contact.
 */
public record InvestmentInterestRegistered(long interestId, long offerId, String offerTitle, String projectCode,
                                           String regionCode, String investorName, String creditCode, String contactName,
                                           String contactPhone, String message) {
}
