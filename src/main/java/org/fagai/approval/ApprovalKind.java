package org.fagai.approval;

/**
 * Kinds of application, each with a promised limit (defaults in the database, admin-configurable). The
 * Chinese names are data: they go into the 双公示 licence record.
 */
public enum ApprovalKind {
    PROPOSAL("项目建议书审批", "项目建议书批复", "普通"),
    FEASIBILITY("可行性研究报告审批", "可行性研究报告批复", "普通"),
    ENERGY_REVIEW("节能审查", "节能审查意见", "普通"),
    PRELIMINARY_DESIGN("初步设计审批", "初步设计批复", "普通"),
    FILING("企业投资项目备案", "企业投资项目备案证明", "登记"),
    APPROVAL("企业投资项目核准", "项目核准批复", "核准");

    private final String chineseName;
    private final String documentName;
    private final String licenceCategory;

    ApprovalKind(String chineseName, String documentName, String licenceCategory) {
        this.chineseName = chineseName;
        this.documentName = documentName;
        this.licenceCategory = licenceCategory;
    }

    public String chineseName() {
        return chineseName;
    }

    /** XK_XKWS: the name of the decision document. */
    public String documentName() {
        return documentName;
    }

    /** XK_XKLB: 普通/特许/认可/核准/登记/其他. */
    public String licenceCategory() {
        return licenceCategory;
    }

    public String labelKey() {
        return "approval.kind." + name();
    }
}
