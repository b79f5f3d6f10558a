package org.fagai.funds.internal;

import org.fagai.funds.FundState;

/** Chinese names of states and steps for the reasons of refusals (API and pages show them as they are). */
final class StateNames {

    private StateNames() {
    }

    static String of(FundState state) {
        return switch (state) {
            case PLANNED -> "储备";
            case DECLARED -> "已申报";
            case DRC_PASSED -> "发改审核通过";
            case APPROVED -> "审核通过";
            case REJECTED -> "未通过";
            case ALLOCATED -> "额度已下达";
            case DISBURSED -> "资金已拨付";
            case COMPLETED -> "已完成";
        };
    }

    static String of(StepKind step) {
        return switch (step) {
            case PLANNED -> "纳入储备";
            case DECLARED -> "申报";
            case DRC_PASSED -> "发改审核通过";
            case DRC_REFUSED -> "发改审核未通过";
            case APPROVED -> "财政审核通过";
            case FINANCE_REFUSED -> "财政审核未通过";
            case ALLOCATED -> "额度下达";
            case DISBURSED -> "发行/拨付";
            case SPENT -> "支出";
            case COMPLETED -> "完成";
        };
    }
}
