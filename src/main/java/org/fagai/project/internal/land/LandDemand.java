package org.fagai.project.internal.land;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.fagai.shared.StoredText;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.project.internal.registry.ProjectRegistry;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionCode;
import org.fagai.shared.Years;
import org.fagai.shared.web.ExcelExport;
import org.fagai.shared.web.MessageText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The land demand of a year's key projects in the user's scope: per region the projects with land, their area by nature,
 * supplied and still to supply (the demand), and the projects themselves; as Excel with the same filters.
 */
@Service
class LandDemand {

    record RegionLine(String regionCode, String regionName, long projects, BigDecimal area, BigDecimal newLand, BigDecimal stock,
                      BigDecimal supplied, BigDecimal demand) {
    }

    record ProjectLine(String code, String name, String regionName, BigDecimal areaMu, LandNature nature, String approvalDocument,
                       SupplyStatus supplyStatus) {
    }

    record Page(List<RegionLine> regions, List<ProjectLine> projects, long total) {
    }

    private static final String FROM = " " + """
             FROM project p JOIN project_land l ON l.project_id = p.id LEFT JOIN region r ON r.code = p.region_code
             WHERE EXISTS (SELECT 1 FROM project_plan pl WHERE pl.project_id = p.id AND pl.year = ?)""";

    private final JdbcClient jdbc;
    private final ProjectRegistry registry;
    private final AuditLog audit;
    private final MessageText text;

    LandDemand(JdbcClient jdbc, ProjectRegistry registry, AuditLog audit, MessageText text) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.audit = audit;
        this.text = text;
    }

    @Transactional(readOnly = true)
    Page page(int year, String region, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(year, region, params);
        List<Object> regionParams = new ArrayList<>();
        regionParams.add(unsupplied());
        regionParams.addAll(params);
        List<RegionLine> regions = jdbc.sql("""
                SELECT p.region_code, max(r.name), count(*), sum(l.area_mu),
                       coalesce(sum(l.area_mu) FILTER (WHERE l.nature = 'NEW'), 0),
                       coalesce(sum(l.area_mu) FILTER (WHERE l.nature = 'STOCK'), 0),
                       coalesce(sum(l.area_mu) FILTER (WHERE NOT l.supply_status = ANY(?)), 0),
                       coalesce(sum(l.area_mu) FILTER (WHERE l.supply_status = ANY(?)), 0)""" + FROM + where
                        + " GROUP BY p.region_code ORDER BY p.region_code")
                .params(withUnsuppliedTwice(regionParams))
                .query((rs, i) -> new RegionLine(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8))).list();
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<ProjectLine> projects = jdbc.sql("SELECT p.code, p.name, r.name, l.area_mu, l.nature, l.approval_document, l.supply_status"
                        + FROM + where + " ORDER BY p.region_code, l.area_mu DESC, p.code LIMIT ? OFFSET ?").params(pageParams)
                .query((rs, i) -> new ProjectLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        LandNature.valueOf(rs.getString(5)), rs.getString(6), SupplyStatus.valueOf(rs.getString(7)))).list();
        return new Page(regions, projects, total);
    }

    @Transactional
    ByteArrayOutputStream export(int year, String region) {
        Page all = page(year, region, 0, Integer.MAX_VALUE / 2);
        List<List<?>> rows = new ArrayList<>();
        for (ProjectLine p : all.projects()) {
            rows.add(Arrays.asList(rows.size() + 1, p.code(), p.name(), p.regionName(), p.areaMu(),
                    text.get("project.land.nature." + p.nature().name()), p.approvalDocument(),
                    text.get("project.land.supply." + p.supplyStatus().name()), p.supplyStatus().supplied() ? null : p.areaMu()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelExport.report(out, text.get("project.land.export.title", String.valueOf(year)), List.of(
                ExcelExport.Column.integer(header("number")), ExcelExport.Column.text(header("code")),
                ExcelExport.Column.text(header("name")), ExcelExport.Column.text(header("region")),
                ExcelExport.Column.amount(header("area")).summed(), ExcelExport.Column.text(header("nature")),
                ExcelExport.Column.text(header("document")), ExcelExport.Column.text(header("supply")),
                ExcelExport.Column.amount(header("toSupply")).summed()), rows);
        audit.record(AuditAction.EXPORT, "project_land", String.valueOf(year), StoredText.of("project.audit.land.export", year, rows.size()));
        return out;
    }

    private String header(String column) {
        return text.get("project.land.export." + column);
    }

    private String where(int year, String region, List<Object> params) {
        Years.check("year", year);
        params.add(year);
        String scope = registry.scope().sql(params);
        String where = " AND " + scope;
        if (region != null && !region.isBlank()) {
            try {
                params.add(RegionCode.of(region.trim()).scopePrefix() + "%");
            } catch (IllegalArgumentException e) {
                throw FieldErrors.of("region", e.getMessage());
            }
            where += " AND p.region_code LIKE ?";
        }
        return where;
    }

    /** The statuses whose land is still to supply: the demand. */
    private static String[] unsupplied() {
        return Arrays.stream(SupplyStatus.values()).filter(s -> !s.supplied()).map(Enum::name).toArray(String[]::new);
    }

    private static List<Object> withUnsuppliedTwice(List<Object> params) {
        List<Object> result = new ArrayList<>(params);
        result.add(1, unsupplied());
        return result;
    }
}
