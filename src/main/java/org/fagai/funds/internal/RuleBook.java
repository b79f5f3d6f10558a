package org.fagai.funds.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fagai.funds.FundChannel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The configured channels, 专项, sectors and spending-warning settings, read from their tables on each use. */
@Component
class RuleBook {

    private final JdbcClient jdbc;

    RuleBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<FundChannel, ChannelRules> channels() {
        Map<FundChannel, ChannelRules> channels = new EnumMap<>(FundChannel.class);
        jdbc.sql("SELECT * FROM funds_channel ORDER BY sort_order").query((rs, n) -> new ChannelRules(
                FundChannel.valueOf(rs.getString("code")), rs.getString("name"), rs.getInt("sort_order"),
                rs.getBoolean("counts_as_superior"), rs.getBoolean("requires_program"), rs.getBoolean("applies_negative_list"),
                rs.getBoolean("requires_documents"), rs.getBigDecimal("min_coverage"), rs.getBigDecimal("capital_cap_share"),
                rs.getBoolean("requires_approval_document"), rs.getBoolean("requires_land"), rs.getInt("round_months")))
                .list().forEach(c -> channels.put(c.channel(), c));
        return channels;
    }

    ChannelRules channel(FundChannel channel) {
        return channels().get(channel);
    }

    Map<String, Sector> sectors() {
        Map<String, Sector> sectors = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM funds_sector ORDER BY negative, sort_order").query((rs, n) -> new Sector(rs.getString("code"),
                rs.getString("name"), rs.getBoolean("negative"), rs.getString("negative_reason"), rs.getBoolean("capital_allowed")))
                .list().forEach(s -> sectors.put(s.code(), s));
        return sectors;
    }

    Optional<Sector> sector(String code) {
        return Optional.ofNullable(sectors().get(code));
    }

    List<Program> programs() {
        return jdbc.sql("SELECT * FROM funds_program ORDER BY sort_order").query((rs, n) -> new Program(rs.getString("code"),
                FundChannel.valueOf(rs.getString("channel")), rs.getString("name"), rs.getBigDecimal("max_share"))).list();
    }

    Optional<Program> program(String code) {
        return programs().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    SpendingBands bands() {
        return jdbc.sql("SELECT yellow_gap, red_gap, idle_months FROM funds_setting WHERE id = 1")
                .query((rs, n) -> new SpendingBands(rs.getBigDecimal("yellow_gap"), rs.getBigDecimal("red_gap"), rs.getInt("idle_months")))
                .single();
    }

    /** An administrator's change of one channel's rules (validated by {@link ChannelRules}). */
    @Transactional
    void save(ChannelRules rules) {
        jdbc.sql("""
                UPDATE funds_channel SET counts_as_superior = ?, requires_program = ?, applies_negative_list = ?,
                  requires_documents = ?, min_coverage = ?, capital_cap_share = ?, requires_approval_document = ?,
                  requires_land = ?, round_months = ? WHERE code = ?""")
                .params(rules.countsAsSuperior(), rules.requiresProgram(), rules.appliesNegativeList(), rules.requiresDocuments(),
                        rules.minCoverage(), rules.capitalCapShare(), rules.requiresApprovalDocument(), rules.requiresLand(),
                        rules.roundMonths(), rules.channel().name())
                .update();
    }
}
