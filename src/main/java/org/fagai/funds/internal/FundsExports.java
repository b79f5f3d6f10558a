package org.fagai.funds.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.funds.FundChannel;

/** Shared bits of the pages and exports: the list's filters as link parameters, display names of account keys. */
final class FundsExports {

    private FundsExports() {
    }

    static Map<String, String> filters(ApplicationQuery q) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("year", q.year() == null ? null : String.valueOf(q.year()));
        filters.put("channel", q.channel() == null ? null : q.channel().name());
        filters.put("state", q.state() == null ? null : q.state().name());
        filters.put("region", q.region());
        filters.put("sector", q.sector());
        filters.put("colour", q.colour());
        filters.put("idle", q.idle() == null ? null : String.valueOf(q.idle()));
        filters.put("q", q.q());
        filters.put("sort", q.sort());
        return filters;
    }

    /** Names for the keys the account uses: channel codes, "CHANNEL:PROGRAM", sector codes (region names come from the ledger). */
    static Map<String, String> names(ChannelSettings.Rules rules, FundsLedger ledger, String region) {
        Map<String, String> names = new HashMap<>();
        for (ChannelRules c : rules.channels()) {
            names.put(c.channel().name(), c.name());
            names.put(c.channel().name() + ":", c.name() + "（未分专项）");
        }
        for (Program p : rules.programs()) {
            names.put(p.channel().name() + ":" + p.code(), p.name());
        }
        for (Sector s : rules.sectors()) {
            names.put(s.code(), s.name());
        }
        names.putAll(ledger.regionNames(region));
        return names;
    }

    static String channelOf(String programKey) {
        String channel = programKey.substring(0, programKey.indexOf(':'));
        return FundChannel.valueOf(channel).name();
    }
}
