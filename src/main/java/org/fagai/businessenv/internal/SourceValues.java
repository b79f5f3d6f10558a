package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.approval.ApprovalPerformance;
import org.springframework.stereotype.Component;

/** The values the platform has itself, by indicator code → county code, asked of the modules that own the data. */
@Component
class SourceValues {

    private final ApprovalPerformance approvals;

    SourceValues(ApprovalPerformance approvals) {
        this.approvals = approvals;
    }

    Map<String, Map<String, BigDecimal>> of(int year, String cityCode, List<Indicator> indicators) {
        Map<String, Map<String, BigDecimal>> result = new HashMap<>();
        Map<String, ApprovalPerformance.RegionFigures> approvalFigures = null;
        for (Indicator indicator : indicators) {
            if (indicator.source() == IndicatorSource.ENTERED) {
                continue;
            }
            if (approvalFigures == null) {
                approvalFigures = approvals.byRegion(year, cityCode);
            }
            Map<String, BigDecimal> values = new HashMap<>();
            approvalFigures.values().forEach(f -> {
                BigDecimal value = indicator.source() == IndicatorSource.APPROVAL_DAYS ? f.averageWorkingDays() : f.onTimeRate();
                if (value != null && f.regionCode().length() == 6 && !f.regionCode().equals(cityCode)) {
                    values.put(f.regionCode(), value);
                }
            });
            result.put(indicator.code(), values);
        }
        return result;
    }
}
