package org.fagai.project;

import java.math.BigDecimal;

/** What other modules may know of a project: identity, owner, place, size and stage. */
public record ProjectRef(long id, String code, boolean provisionalCode, String name, String ownerUnit,
                         String ownerCreditCode, String regionCode, BigDecimal totalInvestment, ProjectStage stage) {
}
