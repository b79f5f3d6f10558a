package org.fagai.project.internal;

import java.util.List;
import org.fagai.project.ProjectPageSection;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Hands the project pages the panels other modules contribute ({@link ProjectPageSection} beans). */
@ControllerAdvice(assignableTypes = ProjectPageController.class)
class ProjectPageSections {

    private final List<ProjectPageSection> sections;

    ProjectPageSections(List<ProjectPageSection> sections) {
        this.sections = List.copyOf(sections);
    }

    @ModelAttribute("pageSections")
    List<ProjectPageSection> pageSections() {
        return sections;
    }
}
