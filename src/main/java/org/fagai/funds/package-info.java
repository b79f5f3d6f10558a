/**
 * 资金争取: owns applications for central-budget investment, special bonds, ultra-long special bonds and other superior
 * funds from declaration to spending, with the channels' rules as data. Offers {@link org.fagai.funds.FundsAccount}
 * (the year's account by channel) and a panel on the key project's page.
 */
package org.fagai.funds;
