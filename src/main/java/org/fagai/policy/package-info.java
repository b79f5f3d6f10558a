/**
 * 政策兑现与创新平台储备: owns policies with their conditions as data, the matching of enterprises (主动推送, 免申即享),
 * enterprise applications through review, decision and payment with the amounts by policy and year, and the reserve of
 * innovation platforms (工程研究中心, 企业技术中心 …) from 储备 to 评估. A module of its own, not part of businessenv: it
 * serves enterprises through their accounts and asks the enterprise registry, while the evaluation serves the commission
 * and asks approvals; the two share no data and change for different reasons. Offers nothing to other modules yet.
 */
package org.fagai.policy;
