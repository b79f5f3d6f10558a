package org.fagai.project;

import java.util.Optional;

/** Finds key projects by their investment project code, for other modules (e.g. approvals linking them). */
public interface ProjectCatalog {

    Optional<ProjectRef> findByCode(String code);
}
