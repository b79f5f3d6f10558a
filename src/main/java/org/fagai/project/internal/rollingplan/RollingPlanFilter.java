package org.fagai.project.internal.rollingplan;

import java.util.List;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.RegionCode;
import org.fagai.shared.StoredText;

/** Which rows of an edition: a region (with its districts), a sector (GB/T 4754 门类) and a text in code or name. */
record RollingPlanFilter(int from, String region, String sector, String q) {

    /**
     * The first year of an edition from the {@code from} parameter: a year ({@code 2025}) or a date in it
     * ({@code 2025-01-01}, as other {@code from} parameters are dates).
     */
    static int firstYear(String from) {
        String text = from == null ? "" : from.trim();
        try {
            int year = text.matches("\\d{4}") ? Integer.parseInt(text) : java.time.LocalDate.parse(text).getYear();
            return org.fagai.shared.Years.check("from", year);
        } catch (java.time.DateTimeException e) {
            throw FieldErrors.of("from", org.fagai.shared.StoredText.of("project.error.rollingPlan.from", text.length() > 20 ? text.substring(0, 20) + "…" : text));
        }
    }

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
