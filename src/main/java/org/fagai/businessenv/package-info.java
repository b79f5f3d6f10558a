/**
 * 营商环境 (business environment): owns the evaluation (indicator system as data, distance-to-frontier scores, ranks,
 * the self-assessment report), its data collection and the reform tasks of a policy version on the 督办 loop, and the
 * projects offered to private capital (民间投资项目推介) with the investors' interest. Offers the event
 * {@link org.fagai.businessenv.InvestmentInterestRegistered} (a 招商 lead for the attraction module).
 */
package org.fagai.businessenv;
