package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.funds.internal.DeclarationRefused.BrokenRule;
import org.fagai.shared.StoredText;

/**
 * The checks at declaration, each reason from the rule that owns it: the negative list, the 专项 and its share, the
 * 一案两书, the balance test, use as project capital and its cap, the project's 前期 status, and no double funding.
 */
final class DeclarationCheck {

    /** Another live application of the same project, for the double-funding check. */
    record Claim(long id, String channelName, String costKey, BigDecimal requested) {
    }

    /** Special bonds of the province and year before this application: all asked, and those used as capital. */
    record ProvinceBonds(BigDecimal all, BigDecimal asCapital) {
    }

    private DeclarationCheck() {
    }

    static List<BrokenRule> check(Declaration d, ChannelRules rules, Sector sector, Program program,
                                  PreparationStatus.Preparation preparation, List<Claim> claims, ProvinceBonds bonds) {
        List<BrokenRule> broken = new ArrayList<>();
        if (rules.appliesNegativeList() && sector.negative()) {
            broken.add(new BrokenRule("NEGATIVE_LIST", StoredText.of("funds.error.rule.negativeList", sector.name(), sector.negativeReason())));
        }
        if (rules.requiresProgram() && program == null) {
            broken.add(new BrokenRule("PROGRAM_REQUIRED", StoredText.of("funds.error.rule.programRequired", rules.name())));
        } else if (program != null && program.shareExceeded(d.requested(), d.totalInvestment())) {
            broken.add(new BrokenRule("PROGRAM_SHARE", StoredText.of("funds.error.rule.programShare", program.name(),
                    program.maxShare().movePointRight(2).stripTrailingZeros().toPlainString())));
        }
        if (rules.requiresDocuments()) {
            List<Object> missing = new ArrayList<>();
            if (blank(d.planDocument())) {
                missing.add(StoredText.label("funds.error.doc.plan"));
            }
            if (blank(d.financeDocument())) {
                missing.add(StoredText.label("funds.error.doc.finance"));
            }
            if (blank(d.legalDocument())) {
                missing.add(StoredText.label("funds.error.doc.legal"));
            }
            if (!missing.isEmpty()) {
                broken.add(new BrokenRule("DOCUMENTS_MISSING", StoredText.of("funds.error.rule.documents", StoredText.list("shared.listSeparator", missing))));
            }
        }
        String balance = rules.balanceFailure(d.coverage());
        if (balance != null) {
            broken.add(new BrokenRule("BALANCE_TEST", balance));
        }
        if (d.asCapital()) {
            if (!rules.allowsCapitalUse()) {
                broken.add(new BrokenRule("CAPITAL_NOT_ALLOWED", StoredText.of("funds.error.rule.capitalNotAllowed", rules.name())));
            } else if (!sector.capitalAllowed()) {
                broken.add(new BrokenRule("CAPITAL_SECTOR", StoredText.of("funds.error.rule.capitalSector", sector.name())));
            } else {
                String cap = rules.capitalCapFailure(CapitalShare.of(bonds.asCapital(), bonds.all(), d.requested(), true));
                if (cap != null) {
                    broken.add(new BrokenRule("CAPITAL_CAP", cap));
                }
            }
        }
        if (rules.requiresApprovalDocument() && !preparation.hasApproval()) {
            broken.add(new BrokenRule("PREPARATION_APPROVAL", StoredText.of("funds.error.rule.approval")));
        }
        if (rules.requiresLand() && !preparation.landSettled().orElse(!blank(d.landDocument()))) {
            broken.add(new BrokenRule("PREPARATION_LAND", StoredText.of("funds.error.rule.land")));
        }
        doubleFunding(d, claims, broken);
        return broken;
    }

    private static void doubleFunding(Declaration d, List<Claim> claims, List<BrokenRule> broken) {
        for (Claim claim : claims) {
            if (claim.costKey().equals(d.costKey())) {
                broken.add(new BrokenRule("DOUBLE_FUNDING", StoredText.of("funds.error.rule.sameCost", d.costItem(), claim.channelName(),
                        claim.id())));
                return;
            }
        }
        BigDecimal asked = d.requested().add(d.localMatching());
        for (Claim claim : claims) {
            asked = asked.add(claim.requested());
        }
        if (asked.compareTo(d.totalInvestment()) > 0) {
            broken.add(new BrokenRule("DOUBLE_FUNDING", StoredText.of("funds.error.rule.overTotal", asked.toPlainString(),
                    d.totalInvestment().toPlainString())));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
