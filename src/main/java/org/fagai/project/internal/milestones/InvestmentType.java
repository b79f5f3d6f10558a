package org.fagai.project.internal.milestones;

import org.fagai.project.internal.registry.Funding;

/** 政府投资 or 企业投资: which 前期手续 a project needs depends on it. */
public enum InvestmentType {
    GOVERNMENT, ENTERPRISE;

    public static InvestmentType of(Funding funding) {
        return funding != null && funding.governmentFunded() ? GOVERNMENT : ENTERPRISE;
    }

    public String labelKey() {
        return "project.milestone.type." + name();
    }
}
