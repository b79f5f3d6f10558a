package org.fagai.attraction.internal;

import java.util.Map;

/** The Chinese names of the stages, for the reasons the aggregate gives (pages use the message bundle). */
final class StageNames {

    private static final Map<LeadStage, String> NAMES = Map.of(LeadStage.LEAD, "线索", LeadStage.NEGOTIATING, "洽谈",
            LeadStage.SIGNED, "签约", LeadStage.REGISTERED, "注册落地", LeadStage.STARTED, "开工", LeadStage.PRODUCING, "投产",
            LeadStage.FULL_CAPACITY, "达产");

    private StageNames() {
    }

    static String of(LeadStage stage) {
        return NAMES.get(stage);
    }
}
