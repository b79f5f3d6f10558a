package org.fagai.enterprise.internal;

/** 诉求类别: 融资, 用地, 用工, 审批, 政策兑现, 水电气, 基础设施, 其他. */
enum DemandCategory {
    FINANCING("融资"), LAND("用地"), LABOUR("用工"), APPROVAL("审批"), POLICY("政策兑现"), UTILITIES("水电气"),
    INFRASTRUCTURE("基础设施"), OTHER("其他");

    private final String chinese;

    DemandCategory(String chinese) {
        this.chinese = chinese;
    }

    String chinese() {
        return chinese;
    }
}
