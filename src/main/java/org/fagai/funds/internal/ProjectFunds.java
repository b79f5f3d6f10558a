package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fagai.funds.FundChannel;

/** A project's funds added up by channel: asked, approved, allocated, disbursed, spent. */
final class ProjectFunds {

    record ChannelTotal(FundChannel channel, String channelName, long applications, BigDecimal requested, BigDecimal approved,
                        BigDecimal allocated, BigDecimal disbursed, BigDecimal spent) {
    }

    private ProjectFunds() {
    }

    static List<ChannelTotal> byChannel(List<ApplicationView> funds) {
        Map<FundChannel, ChannelTotal> totals = new LinkedHashMap<>();
        for (ApplicationView a : funds) {
            ChannelTotal t = totals.getOrDefault(a.channel(), new ChannelTotal(a.channel(), a.channelName(), 0, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
            boolean live = a.state().isActive();
            totals.put(a.channel(), new ChannelTotal(a.channel(), a.channelName(), t.applications() + 1,
                    live ? t.requested().add(a.requested()) : t.requested(), t.approved().add(orZero(a.approvedAmount())),
                    t.allocated().add(orZero(a.allocatedAmount())), t.disbursed().add(a.disbursedAmount()), t.spent().add(a.spentAmount())));
        }
        return new ArrayList<>(totals.values());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
