package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fagai.funds.internal.DeclarationRefused.BrokenRule;

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
            broken.add(new BrokenRule("NEGATIVE_LIST", "「" + sector.name() + "」属于专项债券负面清单：" + sector.negativeReason()));
        }
        if (rules.requiresProgram() && program == null) {
            broken.add(new BrokenRule("PROGRAM_REQUIRED", rules.name() + "须按年度专项申报，请选择专项"));
        } else if (program != null && program.shareExceeded(d.requested(), d.totalInvestment())) {
            broken.add(new BrokenRule("PROGRAM_SHARE", "「" + program.name() + "」专项申请金额不得超过总投资的"
                    + program.maxShare().movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
        }
        if (rules.requiresDocuments()) {
            List<String> missing = new ArrayList<>();
            if (blank(d.planDocument())) {
                missing.add("实施方案");
            }
            if (blank(d.financeDocument())) {
                missing.add("财务评价报告书");
            }
            if (blank(d.legalDocument())) {
                missing.add("法律意见书");
            }
            if (!missing.isEmpty()) {
                broken.add(new BrokenRule("DOCUMENTS_MISSING", "申报前须具备“一案两书”，缺少：" + String.join("、", missing)));
            }
        }
        String balance = rules.balanceFailure(d.coverage());
        if (balance != null) {
            broken.add(new BrokenRule("BALANCE_TEST", balance));
        }
        if (d.asCapital()) {
            if (!rules.allowsCapitalUse()) {
                broken.add(new BrokenRule("CAPITAL_NOT_ALLOWED", rules.name() + "不能用作项目资本金"));
            } else if (!sector.capitalAllowed()) {
                broken.add(new BrokenRule("CAPITAL_SECTOR", "「" + sector.name() + "」不在专项债券可用作项目资本金的领域范围内"));
            } else {
                String cap = rules.capitalCapFailure(CapitalShare.of(bonds.asCapital(), bonds.all(), d.requested(), true));
                if (cap != null) {
                    broken.add(new BrokenRule("CAPITAL_CAP", cap));
                }
            }
        }
        if (rules.requiresApprovalDocument() && !preparation.hasApproval()) {
            broken.add(new BrokenRule("PREPARATION_APPROVAL", "项目尚无审批（核准、备案）批复，前期手续不完备，不能申报"));
        }
        if (rules.requiresLand() && !preparation.landSettled().orElse(!blank(d.landDocument()))) {
            broken.add(new BrokenRule("PREPARATION_LAND", "项目用地手续未落实（须填写用地批准文件），不能申报"));
        }
        doubleFunding(d, claims, broken);
        return broken;
    }

    private static void doubleFunding(Declaration d, List<Claim> claims, List<BrokenRule> broken) {
        for (Claim claim : claims) {
            if (claim.costKey().equals(d.costKey())) {
                broken.add(new BrokenRule("DOUBLE_FUNDING", "「" + d.costItem() + "」已通过" + claim.channelName() + "申请（第"
                        + claim.id() + "号申请），同一费用不得重复申请资金"));
                return;
            }
        }
        BigDecimal asked = d.requested().add(d.localMatching());
        for (Claim claim : claims) {
            asked = asked.add(claim.requested());
        }
        if (asked.compareTo(d.totalInvestment()) > 0) {
            broken.add(new BrokenRule("DOUBLE_FUNDING", "各渠道申请资金及地方配套合计" + asked.toPlainString() + "万元，超过项目总投资"
                    + d.totalInvestment().toPlainString() + "万元"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
