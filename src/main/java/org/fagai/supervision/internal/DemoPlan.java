package org.fagai.supervision.internal;

import java.util.List;

/** Demo texts: the eight areas of seed 004's work plan and tasks under each; seed 000's problem list. */
final class DemoPlan {

    static final List<String> AREAS = List.of(
            "全面加强党的建设，在深化党建引领上下功夫",
            "坚持经济稳增长总基调，在统筹谋划发展上下功夫",
            "全力扩大有效投资，在推动重大项目建设上下功夫",
            "立足区域功能定位，在抓好“疏整促”任务落实上下功夫",
            "统筹推进“七有”“五性”，在改善民生上下功夫",
            "加快产业结构升级，在提升高精尖产业核心竞争力上下功夫",
            "精准服务企业发展，在优化营商环境上下功夫",
            "不断提升人居环境，在打造靓丽生态底色上下功夫");

    static final List<List<String>> TASKS = List.of(
            List.of("抓好党的二十大精神学习宣传贯彻", "开展主题教育并形成调研成果", "深化“聚力谋远，党员先锋”品牌建设"),
            List.of("紧盯GDP重要支撑指标做好动态跟踪", "完成“十四五”规划中期评估", "确保经济“开门红”形成专题分析"),
            List.of("推动新建项目按期开工", "用好“发改联席会”机制破解开工瓶颈", "建立部门会商和协调联动机制", "逐项目做好投资影响因素分析"),
            List.of("出台“疏整促”专项行动实施方案", "提出各镇乡街道人口调控目标", "做好“疏整促”信息宣传报道"),
            List.of("推进区妇幼保健院迁建", "推进棚户区改造配套道路建设", "做好节假日市场价格监测", "加强公共资源交易平台统筹"),
            List.of("争取高端仪器产业政策支持", "做好工程研究中心项目储备与动态更新", "开展产业政策宣贯解读"),
            List.of("落实优化营商环境6.0版政策", "实现463家企业“服务包”走访全覆盖", "做好营商环境评价迎评工作"),
            List.of("谋划乡村振兴项目落地", "开展节能目标责任制考核", "严格落实固定资产投资项目节能审查"));

    static final List<String> INSTRUCTIONS = List.of("落实主要领导关于重点项目手续办理的批示", "研究解决园区企业用电用气问题",
            "报送一季度经济运行分析报告", "核查群众反映的价格问题并反馈");

    static final List<String> DECISIONS = List.of("协调解决科学城道路项目征地问题", "明确智能制造产业园配套设施建设主体",
            "推进安置房项目规划许可办理");

    private static final List<String> PROBLEMS = List.of("项目前期手续办理周期长", "重点项目要素保障不足", "投资统计入库不及时",
            "政策宣传解读不到位", "企业诉求办理反馈慢", "专项债券资金使用进度慢", "民生项目推进不平衡", "价格监测覆盖面不足",
            "节能审查事中事后监管薄弱", "部门协调联动机制不健全");

    private DemoPlan() {
    }

    static String problem(int seq) {
        return PROBLEMS.get((seq - 1) % PROBLEMS.size()) + "（第" + seq + "项）";
    }

    static String measure(int problem, int seq) {
        return switch (seq) {
            case 1 -> "问题" + problem + "：制定整改方案，明确责任和时限";
            case 2 -> "问题" + problem + "：建立长效机制并组织落实";
            default -> "问题" + problem + "：开展整改情况“回头看”";
        };
    }
}
