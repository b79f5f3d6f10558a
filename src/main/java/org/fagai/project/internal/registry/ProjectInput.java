package org.fagai.project.internal.registry;

import java.math.BigDecimal;
import org.fagai.shared.MaxLength;

/**
 * A project as entered by form, API or import row. Enumerations accept the Chinese word or the English name;
 * year-months are written 2023-06. A blank code on creation gives the project a provisional local code.
 */
public record ProjectInput(@MaxLength(50) String code, @MaxLength(200) String name, @MaxLength(200) String ownerUnit,
                    @MaxLength(50) String ownerCreditCode, @MaxLength(100) String department, @MaxLength(50) String leader,
                    @MaxLength(9) String regionCode, @MaxLength(10) String industryCode, @MaxLength(200) String location,
                    @MaxLength(MaxLength.TEXT) String scaleContent, @MaxLength(20) String startMonth, @MaxLength(20) String endMonth, BigDecimal totalInvestment, BigDecimal fundCentral,
                    BigDecimal fundSpecialBond, BigDecimal fundLocal, BigDecimal fundSelf, BigDecimal fundLoan,
                    BigDecimal fundOther, BigDecimal completedBefore, @MaxLength(20) String stage, Integer planYear, @MaxLength(20) String level,
                    @MaxLength(20) String nature, BigDecimal plannedInvestment, @MaxLength(20) String investmentType) {

    boolean hasPlan() {
        return planYear != null || notBlank(level) || notBlank(nature) || plannedInvestment != null;
    }

    Funding funding() {
        return new Funding(fundCentral, fundSpecialBond, fundLocal, fundSelf, fundLoan, fundOther);
    }

    ProjectInput withCode(String newCode) {
        return new ProjectInput(newCode, name, ownerUnit, ownerCreditCode, department, leader, regionCode, industryCode,
                location, scaleContent, startMonth, endMonth, totalInvestment, fundCentral, fundSpecialBond, fundLocal, fundSelf,
                fundLoan, fundOther, completedBefore, stage, planYear, level, nature, plannedInvestment, investmentType);
    }

    /**
     * An import row carries no department, leader, funding or earlier investment, and may leave the investment type
     * blank: keep the project's own.
     */
    public ProjectInput keepingUnlistedFieldsOf(Project p) {
        Funding f = p.funding();
        boolean noFunding = fundCentral == null && fundSpecialBond == null && fundLocal == null && fundSelf == null
                && fundLoan == null && fundOther == null;
        return new ProjectInput(code, name, ownerUnit, ownerCreditCode, department == null ? p.department() : department,
                leader == null ? p.leader() : leader, regionCode, industryCode, location, scaleContent, startMonth, endMonth,
                totalInvestment, noFunding ? f.central() : fundCentral, noFunding ? f.specialBond() : fundSpecialBond,
                noFunding ? f.local() : fundLocal, noFunding ? f.self() : fundSelf, noFunding ? f.loan() : fundLoan,
                noFunding ? f.other() : fundOther, completedBefore == null ? p.completedBefore() : completedBefore, stage,
                planYear, level, nature, plannedInvestment,
                notBlank(investmentType) ? investmentType : p.investmentType().name());
    }

    public static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
