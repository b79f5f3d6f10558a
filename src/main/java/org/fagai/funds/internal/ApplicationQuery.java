package org.fagai.funds.internal;

import org.fagai.funds.FundChannel;
import org.fagai.funds.FundState;

/**
 * The filters of the application list (API, page and Excel export alike).
 *
 * @param colour stored spending colour YELLOW or RED; idle: only funds flagged idle
 * @param sort   one of {@link ApplicationList#SORTS}
 */
record ApplicationQuery(Integer year, FundChannel channel, FundState state, String region, String sector, String colour,
                        Boolean idle, String projectCode, String q, String sort, int page, int size) {
}
