package org.fagai.project.internal.rollingplan;

import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionCode;

/** Which rows of an edition: a region (with its districts), a sector (GB/T 4754 门类) and a text in code or name. */
record RollingPlanFilter(int from, String region, String sector, String q) {

    /** The SQL conditions on {@code p} (project) and {@code i} (its industry), parameters appended. */
    String sql(List<Object> params) {
        StringBuilder where = new StringBuilder();
        if (region != null && !region.isBlank()) {
            try {
                params.add(RegionCode.of(region.trim()).scopePrefix() + "%");
            } catch (IllegalArgumentException e) {
                throw FieldErrors.of("region", e.getMessage());
            }
            where.append(" AND p.region_code LIKE ?");
        }
        if (sector != null && !sector.isBlank()) {
            params.add(sector.trim().toUpperCase());
            where.append(" AND i.section = ?");
        }
        if (q != null && !q.isBlank()) {
            String like = "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            where.append(" AND (p.code ILIKE ? OR p.name ILIKE ?)");
        }
        return where.toString();
    }
}
