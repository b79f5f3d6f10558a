package org.fagai.project.internal.search;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fagai.project.ProjectLevel;
import org.fagai.project.ProjectNature;
import org.fagai.project.ProjectStage;
import org.fagai.project.WarningColour;

/** The project list's filters, sort and page (zero-based); null filters do not filter. */
public record ProjectQuery(Integer year, ProjectLevel level, ProjectNature nature, ProjectStage stage, String region,
                    String industry, WarningColour warning, String q, String sort, boolean descending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;

    public ProjectQuery {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : size;
    }

    ProjectQuery pageSized() {
        return new ProjectQuery(year, level, nature, stage, region, industry, warning, q, sort, descending, page,
                Math.min(size, MAX_PAGE_SIZE));
    }

    ProjectQuery withYear(int y) {
        return new ProjectQuery(y, level, nature, stage, region, industry, warning, q, sort, descending, page, size);
    }

    /** The filters as request parameters, for pager and export links. */
    public Map<String, String> filters() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("year", year == null ? "" : year.toString());
        map.put("level", level == null ? "" : level.name());
        map.put("nature", nature == null ? "" : nature.name());
        map.put("stage", stage == null ? "" : stage.name());
        map.put("region", region == null ? "" : region);
        map.put("industry", industry == null ? "" : industry);
        map.put("warning", warning == null ? "" : warning.name());
        map.put("q", q == null ? "" : q);
        map.put("sort", sort == null ? "" : sort);
        map.put("desc", descending ? "true" : "");
        return map;
    }
}
