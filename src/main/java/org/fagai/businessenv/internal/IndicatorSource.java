package org.fagai.businessenv.internal;

/**
 * Where an indicator's value comes from: entered by its member unit, or the platform's own data. A value the platform
 * has for a county wins over an entered one; an entered one fills the counties the source has no data for.
 */
enum IndicatorSource {
    ENTERED,
    /** 审批平均用时: the approvals decided in the year, counted working time per decision, in working days. */
    APPROVAL_DAYS,
    /** 审批按时办结率: decided on time / decided, in percent. */
    APPROVAL_ON_TIME,
    /** 双公示按时公示率: the credit module's disclosures published within 7 working days of the decision / due, in percent. */
    DISCLOSURE_ON_TIME;

    String labelKey() {
        return "businessenv.source." + name();
    }
}
