package org.fagai.project.internal.registry;

import java.util.Map;
import org.fagai.shared.Changes;

/** The fields of a project an edit may change, named as the form names them, for the audit log. */
final class ProjectChanges {

    private ProjectChanges() {
    }

    static Map<String, Object> of(Project p) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("项目名称", p.name());
        fields.put("项目单位", p.ownerUnit());
        fields.put("统一社会信用代码", p.ownerCreditCode());
        fields.put("责任部门", p.department());
        fields.put("挂点领导", p.leader());
        fields.put("所属地区", p.regionCode());
        fields.put("行业", p.industryCode());
        fields.put("建设地点", p.location());
        fields.put("建设规模及内容", p.scaleContent());
        fields.put("计划开工", p.startMonth());
        fields.put("计划竣工", p.endMonth());
        fields.put("总投资（万元）", p.totalInvestment());
        Funding f = p.funding();
        fields.put("资金构成", f == null ? null : "中央预算内 " + plain(f.central()) + "，专项债 " + plain(f.specialBond())
                + "，地方财政 " + plain(f.local()) + "，企业自筹 " + plain(f.self()) + "，银行贷款 " + plain(f.loan())
                + "，其他 " + plain(f.other()));
        fields.put("投资类型", p.investmentType() == null ? null : p.investmentType().chinese());
        fields.put("以前年度完成（万元）", p.completedBefore());
        return fields;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
