package org.fagai.attraction.internal;

/** 框架协议, 投资协议/正式合同, 补充协议. */
enum AgreementType {
    FRAMEWORK, CONTRACT, SUPPLEMENT;

    public String labelKey() {
        return "attraction.agreement." + name();
    }
}
