package org.fagai.approval.internal;

import java.math.BigDecimal;
import java.util.List;
import org.fagai.approval.ApprovalKind;

/**
 * What a kind's configuration says about an application, beside its limit: the review chain, the materials checklist,
 * how long a consultation may take and whether its time counts, whether 容缺受理 is allowed, whether it is a government
 * investment (public notice over the threshold) and how its decision documents are numbered.
 */
record KindRules(ApprovalKind kind, TimeLimit limit, List<ChainStep> chain, List<Material> materials,
                 int consultationDays, boolean consultationExcluded, boolean partialAcceptance,
                 boolean governmentInvestment, String numberPrefix) {

    KindRules {
        chain = List.copyOf(chain);
        materials = List.copyOf(materials);
    }

    /** A kind known only by its limit: no chain, no checklist (applications accepted before the chain existed). */
    static KindRules of(ApprovalKind kind, TimeLimit limit) {
        return new KindRules(kind, limit, List.of(), List.of(), 7, false, false, false, "示发改");
    }

    /** The same rules under another limit (the green channel's shorter one). */
    KindRules withLimit(TimeLimit shorter) {
        return new KindRules(kind, shorter, chain, materials, consultationDays, consultationExcluded, partialAcceptance,
                governmentInvestment, numberPrefix);
    }

    /** The document number of the {@code sequence}-th decision of {@code year}: 示发改投资〔2024〕12号. */
    String documentNumber(int year, int sequence) {
        return numberPrefix + "〔" + year + "〕" + sequence + "号";
    }

    /** 公示 before the decision: a government investment project of at least {@code threshold} 万元 in total. */
    boolean requiresPublicNotice(BigDecimal totalInvestment, BigDecimal threshold) {
        return governmentInvestment && totalInvestment != null && totalInvestment.compareTo(threshold) >= 0;
    }

    boolean isSecondaryMaterial(String name) {
        return materials.stream().anyMatch(m -> m.secondary() && m.name().equals(name));
    }

    boolean isMaterial(String name) {
        return materials.stream().anyMatch(m -> m.name().equals(name));
    }
}
