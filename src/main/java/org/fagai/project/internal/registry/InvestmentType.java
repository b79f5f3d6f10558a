package org.fagai.project.internal.registry;

import org.fagai.shared.StoredText;
/**
 * 政府投资 or 企业投资, kept on the project: which 前期手续 it needs depends on it. A project entered without one takes
 * the type its funding mix suggests ({@link #suggestedBy}); staff may set either.
 */
public enum InvestmentType {
    GOVERNMENT("政府投资"), ENTERPRISE("企业投资");

    private final String chinese;

    InvestmentType(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    /** A project spending budget money (中央预算内, 专项债 or 地方财政) is by default a government investment. */
    public static InvestmentType suggestedBy(Funding funding) {
        return funding != null && funding.governmentFunded() ? GOVERNMENT : ENTERPRISE;
    }

    /** Accepts 政府投资/企业投资 (or 政府/企业) and the English names. */
    public static InvestmentType fromChinese(String text) {
        for (InvestmentType type : values()) {
            if (type.chinese.equals(text) || type.chinese.substring(0, 2).equals(text) || type.name().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException(StoredText.of("project.error.investmentTypeUnknown"));
    }

    public String labelKey() {
        return "project.milestone.type." + name();
    }
}
