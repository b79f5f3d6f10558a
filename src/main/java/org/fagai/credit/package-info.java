/**
 * Credit (信用): the dishonesty list (失信联合惩戒对象名单) and the credit check against it, the red list (守信激励对象) and
 * its incentives, 双公示 disclosures of administrative licences (XK_*) and penalties (CF_*) in the full national standard,
 * credit commitments, online credit repair, the enterprise credit report, the public search and report check, and the
 * export for the credit platform. Its API: {@link org.fagai.credit.CreditChecks}, {@link org.fagai.credit.CreditIncentives},
 * {@link org.fagai.credit.LicenceDisclosures}, {@link org.fagai.credit.PartyRecords} and the events it listens to, raised
 * by the module that decides: {@link org.fagai.credit.LicenceGranted}, {@link org.fagai.credit.CommitmentMade},
 * {@link org.fagai.credit.CommitmentSettled}.
 */
package org.fagai.credit;
