package org.fagai.reference.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionForm;
import org.fagai.reference.RegionView;
import org.fagai.shared.Changes;
import org.fagai.shared.StoredText;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.fagai.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcRegionDirectory implements RegionDirectory {

    private static final String SELECT = """
            SELECT r.code, r.name, r.level, r.parent_code, p.name AS parent_name, r.enabled
            FROM region r LEFT JOIN region p ON p.code = r.parent_code""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    JdbcRegionDirectory(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<RegionView> find(String code) {
        return jdbc.sql(SELECT + " WHERE r.code = ?").param(code).query(JdbcRegionDirectory::toView).optional();
    }

    @Override
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT code FROM region WHERE code = ANY(?)")
                .param(codes.stream().filter(Objects::nonNull).distinct().toArray(String[]::new))
                .query(String.class).list());
    }

    @Override
    public RegionView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("行政区划代码 " + code + " 不存在"));
    }

    @Override
    public List<RegionView> children(String parentCode) {
        return jdbc.sql(SELECT + " WHERE r.parent_code = ? AND r.level <> 'TOWN' ORDER BY r.code").param(parentCode)
                .query(JdbcRegionDirectory::toView).list();
    }

    @Override
    public List<RegionView> towns(String code) {
        return jdbc.sql(SELECT + " WHERE r.level = 'TOWN' AND r.code LIKE ? ORDER BY r.code").param(prefix(code) + "%")
                .query(JdbcRegionDirectory::toView).list();
    }

    private static String prefix(String code) {
        RegionCode region = RegionCode.of(code);
        return switch (region.level()) {
            case PROVINCE -> region.provinceCode();
            case PREFECTURE -> region.prefectureCode();
            case COUNTY, TOWN -> region.value();
        };
    }

    @Override
    public RegionSearchResult search(String keyword, String parentCode, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        List<Object> params = new ArrayList<>();
        if (keyword != null && !keyword.isBlank()) {
            where.append(" AND (r.code LIKE ? OR r.name LIKE ?)");
            params.add(keyword.trim() + "%");
            params.add("%" + keyword.trim() + "%");
        }
        if (parentCode != null && !parentCode.isBlank()) {
            where.append(" AND r.parent_code = ?");
            params.add(parentCode.trim());
        }
        long total = jdbc.sql("SELECT count(*) FROM region r" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<RegionView> regions = jdbc.sql(SELECT + where + " ORDER BY r.code LIMIT ? OFFSET ?").params(pageParams)
                .query(JdbcRegionDirectory::toView).list();
        return new RegionSearchResult(regions, total);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public RegionView save(RegionForm form) {
        RegionCode code = RegionCode.of(form.code());
        String parent = code.parent().map(RegionCode::value).orElse(null);
        if (parent != null && find(parent).isEmpty()) {
            throw FieldErrors.of("code", "上级行政区划 " + parent + " 不存在，请先添加上级");
        }
        Optional<RegionView> before = find(code.value());
        jdbc.sql("""
                INSERT INTO region (code, name, level, parent_code, enabled) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, enabled = excluded.enabled""")
                .params(code.value(), form.name().trim(), code.level().name(), parent, form.enabled())
                .update();
        audit.record(before.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "region", code.value(),
                before.map(b -> StoredText.of("region.audit.changed", b.name(),
                                Changes.stored(fields(b.name(), b.enabled()), fields(form.name().trim(), form.enabled()))))
                        .orElse(form.enabled() ? form.name().trim() : StoredText.of("region.audit.addedDisabled", form.name().trim())));
        return get(code.value());
    }

    private static Map<String, Object> fields(String name, boolean enabled) {
        Map<String, Object> fields = Changes.snapshot();
        fields.put("region.name", name);
        fields.put("region.audit.state", StoredText.label(enabled ? "region.audit.enabled" : "region.audit.disabled"));
        return fields;
    }

    private static RegionView toView(ResultSet rs, int row) throws SQLException {
        return new RegionView(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                rs.getString("parent_code"), rs.getString("parent_name"), rs.getBoolean("enabled"));
    }
}
