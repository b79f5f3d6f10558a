package org.fagai.project;

import java.time.LocalDate;

/**
 * An approval decided for a project: raised by {@code approval} when the leader signs a decision, so a project's 前期
 * milestone can fill itself from one listener. The type lives here, in the listener's API, so that the arrow stays
 * approval → project (approval already asks this module for projects by code).
 *
 * @param kind           the approval kind's code (PROPOSAL, FEASIBILITY, ENERGY_REVIEW, PRELIMINARY_DESIGN, FILING, APPROVAL)
 * @param kindName       its Chinese name, e.g. 可行性研究报告审批
 * @param approved       准予 (true) or 不予许可 (false)
 * @param documentNumber the decision document's number, e.g. 示发改审〔2024〕12号
 * @param decidedOn      the day the decision was signed
 */
public record ProjectApprovalDecided(long applicationId, String kind, String kindName, String projectCode,
                                     boolean approved, String documentName, String documentNumber, LocalDate decidedOn) {
}
