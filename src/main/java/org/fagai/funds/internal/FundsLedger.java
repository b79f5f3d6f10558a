package org.fagai.funds.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fagai.funds.FundChannel;
import org.fagai.funds.FundsAccount;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.Role;
import org.fagai.organization.UserDirectory;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.Money;
import org.fagai.shared.StoredText;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's account of a region: declared, approved, allocated and spent by channel, 专项, district or sector, in
 * one grouped pass over the stored steps' values, and the seed's sentence built from it.
 */
@Service
class FundsLedger implements FundsAccount {

    /** The groupings of the account; each a column (or two) of {@code funds_application}. */
    enum By {
        CHANNEL("a.channel"), PROGRAM("a.channel || ':' || coalesce(a.program, '')"), REGION("a.region_code"), SECTOR("a.sector");

        final String column;

        By(String column) {
            this.column = column;
        }
    }

    static final String AGGREGATES = """
            count(*) FILTER (WHERE a.declared_on IS NOT NULL),
            coalesce(sum(a.total_investment) FILTER (WHERE a.declared_on IS NOT NULL), 0),
            coalesce(sum(a.requested) FILTER (WHERE a.declared_on IS NOT NULL), 0),
            count(*) FILTER (WHERE a.approved_amount IS NOT NULL),
            coalesce(sum(a.total_investment) FILTER (WHERE a.approved_amount IS NOT NULL), 0),
            coalesce(sum(a.approved_amount), 0),
            count(*) FILTER (WHERE a.allocated_amount IS NOT NULL),
            coalesce(sum(a.total_investment) FILTER (WHERE a.allocated_amount IS NOT NULL), 0),
            coalesce(sum(a.allocated_amount), 0),
            count(*) FILTER (WHERE a.spent_amount > 0),
            coalesce(sum(a.total_investment) FILTER (WHERE a.spent_amount > 0), 0),
            coalesce(sum(a.spent_amount), 0)""";

    private final JdbcClient jdbc;
    private final RuleBook rules;
    private final RegionDirectory regions;
    private final UserDirectory users;
    private final MessageSource messages;

    FundsLedger(JdbcClient jdbc, RuleBook rules, RegionDirectory regions, UserDirectory users, MessageSource messages) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.regions = regions;
        this.users = users;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Summary summary(int year, String regionCode) {
        return summary(year, regionCode, Locale.SIMPLIFIED_CHINESE);
    }

    @Transactional(readOnly = true)
    Summary summary(int year, String regionCode, Locale locale) {
        String region = region(regionCode);
        Map<String, Line> lines = lines(year, region, By.CHANNEL);
        Map<FundChannel, Line> channels = new EnumMap<>(FundChannel.class);
        Line total = Line.NONE;
        BigDecimal superior = BigDecimal.ZERO;
        for (ChannelRules channel : rules.channels().values()) {
            Line line = lines.getOrDefault(channel.channel().name(), Line.NONE);
            channels.put(channel.channel(), line);
            total = total.plus(line);
            if (channel.countsAsSuperior()) {
                superior = superior.add(line.declared().amount());
            }
        }
        Line bonds = channels.get(FundChannel.SPECIAL_BOND);
        String name = regions.find(region).map(RegionView::name).orElse(region);
        String sentence = messages.getMessage("funds.sentence", new Object[] {String.valueOf(year), name,
                yi(superior), bonds.declared().count(), yi(bonds.declared().totalInvestment()), bonds.approved().count(),
                yi(bonds.approved().totalInvestment())}, locale);
        return new Summary(year, region, name, channels, total, superior, sentence);
    }

    /** The account grouped by {@code by}: key → line, in key order. */
    @Transactional(readOnly = true)
    Map<String, Line> lines(int year, String regionCode, By by) {
        String region = region(regionCode);
        List<Object> params = new ArrayList<>();
        String scope = FundsScope.condition(users.requireCurrent(), params);
        params.add(year);
        params.add(FundsScope.prefix(region) + "%");
        Map<String, Line> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT " + by.column + " AS k, " + AGGREGATES + " FROM funds_application a WHERE " + scope
                        + " AND a.year = ? AND a.region_code LIKE ? GROUP BY 1 ORDER BY 1")
                .params(params)
                .query((rs, n) -> lines.put(rs.getString("k"), line(rs, 2)))
                .list();
        return lines;
    }

    /** The names of a region and the regions directly under it (the districts of a city). */
    Map<String, String> regionNames(String regionCode) {
        Map<String, String> names = new LinkedHashMap<>();
        regions.find(regionCode).ifPresent(r -> names.put(r.code(), r.name()));
        regions.children(regionCode).forEach(r -> names.put(r.code(), r.name()));
        return names;
    }

    /** The region asked for, or the user's own; a region outside the user's scope is refused. */
    String region(String regionCode) {
        CurrentUser user = users.requireCurrent();
        String region = regionCode == null || regionCode.isBlank() ? user.regionCode() : regionCode.strip();
        if (!region.matches("[0-9]{6}")) {
            throw org.fagai.shared.FieldErrors.of("region", org.fagai.shared.StoredText.of("funds.error.regionFormat"));
        }
        if (!user.canSeeRegion(region)) {
            throw new AccessDeniedException("地区 " + region + " 不在您的管辖范围内");
        }
        if (user.role() == Role.OWNER) {
            return user.regionCode();
        }
        return region;
    }

    static Line line(ResultSet rs, int from) throws SQLException {
        return new Line(figures(rs, from), figures(rs, from + 3), figures(rs, from + 6), figures(rs, from + 9));
    }

    private static Figures figures(ResultSet rs, int i) throws SQLException {
        return new Figures(rs.getLong(i), rs.getBigDecimal(i + 1), rs.getBigDecimal(i + 2));
    }

    private static String yi(BigDecimal wan) {
        return Money.ofWan(wan).toYi().stripTrailingZeros().toPlainString();
    }
}
