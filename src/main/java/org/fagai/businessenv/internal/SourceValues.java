package org.fagai.businessenv.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fagai.approval.ApprovalPerformance;
import org.fagai.credit.DisclosureFigures;
import org.springframework.stereotype.Component;

/** The values the platform has itself, by indicator code → county code, asked of the modules that own the data. */
@Component
class SourceValues {

    private final ApprovalPerformance approvals;
    private final DisclosureFigures disclosures;

    SourceValues(ApprovalPerformance approvals, DisclosureFigures disclosures) {
        this.approvals = approvals;
        this.disclosures = disclosures;
    }

    Map<String, Map<String, BigDecimal>> of(int year, String cityCode, List<Indicator> indicators) {
        Map<String, Map<String, BigDecimal>> result = new HashMap<>();
        Map<String, ApprovalPerformance.RegionFigures> approvalFigures = null;
        Map<String, DisclosureFigures.RegionTimeliness> disclosureFigures = null;
        for (Indicator indicator : indicators) {
            Map<String, BigDecimal> values = new HashMap<>();
            switch (indicator.source()) {
                case ENTERED -> {
                    continue;
                }
                case DISCLOSURE_ON_TIME -> {
                    if (disclosureFigures == null) {
                        disclosureFigures = disclosures.byRegion(year, cityCode);
                    }
                    disclosureFigures.values().forEach(f -> put(values, cityCode, f.regionCode(), f.onTimeRate()));
                }
                case APPROVAL_DAYS, APPROVAL_ON_TIME -> {
                    if (approvalFigures == null) {
                        approvalFigures = approvals.byRegion(year, cityCode);
                    }
                    approvalFigures.values().forEach(f -> put(values, cityCode, f.regionCode(),
                            indicator.source() == IndicatorSource.APPROVAL_DAYS ? f.averageWorkingDays() : f.onTimeRate()));
                }
            }
            result.put(indicator.code(), values);
        }
        return result;
    }

    /** A county's value; the city's own records are no county's. */
    private static void put(Map<String, BigDecimal> values, String cityCode, String regionCode, BigDecimal value) {
        if (value != null && regionCode.length() == 6 && !regionCode.equals(cityCode)) {
            values.put(regionCode, value);
        }
    }
}
