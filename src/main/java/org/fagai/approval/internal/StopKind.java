package org.fagai.approval.internal;

/**
 * Time the law leaves out of a limit (行政许可法 第四十五条; 企业投资项目核准和备案管理条例): an engineering consultancy's
 * assessment, an expert review, consultation of other departments where the kind's rules exclude it, and a hearing or
 * public notice. The Chinese names are data: they go into the audit log and the decision notice.
 */
enum StopKind {
    TECHNICAL_ASSESSMENT("技术评估"),
    EXPERT_REVIEW("专家评议"),
    CONSULTATION("征求意见"),
    PUBLIC_NOTICE("听证/公示");

    private final String chineseName;

    StopKind(String chineseName) {
        this.chineseName = chineseName;
    }

    String chineseName() {
        return chineseName;
    }

    public String labelKey() {
        return "approval.stop.kind." + name();
    }
}
