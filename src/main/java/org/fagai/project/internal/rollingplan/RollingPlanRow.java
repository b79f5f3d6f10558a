package org.fagai.project.internal.rollingplan;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.fagai.project.ProjectStage;

/**
 * One library project in an edition of the three-year rolling plan: its planned investment for N, N+1, N+2 (万元),
 * whether it came from the previous edition (rolled) and whether it is on year N's key-project list (selected).
 */
public record RollingPlanRow(String code, String name, String regionCode, String regionName, String industryCode,
                             String sectorName, ProjectStage stage, String ownerUnit, String location, String scaleContent,
                             YearMonth startMonth, YearMonth endMonth, BigDecimal totalInvestment, BigDecimal completedBefore,
                             BigDecimal amountY0, BigDecimal amountY1, BigDecimal amountY2, boolean rolled, boolean selected) {

    public BigDecimal threeYears() {
        return amountY0.add(amountY1).add(amountY2);
    }
}
