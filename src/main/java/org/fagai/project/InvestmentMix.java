package org.fagai.project;

import java.math.BigDecimal;

/**
 * The funding mix of a year's key projects, for the figures other modules monitor (民间投资占比). Counts each project on
 * any of the year's key-project lists once.
 */
public interface InvestmentMix {

    Mix ofYear(int year, String regionCode);

    /**
     * @param privateInvestment the non-government funds (企业自筹, 银行贷款, 其他) of projects whose owner is a business under
     *                          GB 32100 (credit code beginning with 9: 企业, 个体工商户, 农民专业合作社), in 万元
     * @param privateShare      privateInvestment / totalInvestment in percent, two decimals; null without projects
     */
    record Mix(int year, String regionCode, long projects, BigDecimal totalInvestment, BigDecimal privateInvestment,
               BigDecimal privateShare) {
    }
}
