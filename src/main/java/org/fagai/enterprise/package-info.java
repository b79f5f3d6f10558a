/**
 * Enterprises (企业): the registry by credit code down to the town, 服务包 with visits and coverage, demands (诉求) and
 * safety rectifications and 信访 cases on the 督办 loop. Offers {@link org.fagai.enterprise.EnterpriseRegistry} and its events.
 */
package org.fagai.enterprise;
