package org.fagai.project.internal.milestones;

import org.fagai.project.ProjectApprovalDecided;
import org.fagai.project.internal.registry.ProjectRepository;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When {@code approval} signs a decision granting an application of a kind that fills a 前期手续 for a known project
 * code, the milestone fills itself with the decision's number and date, linked to the application.
 */
@Component
class ApprovalMilestones {

    /** The issuing authority of decisions signed in this platform. */
    static final String AUTHORITY = "发展和改革委员会";

    private final MilestoneBook milestones;
    private final ProjectRepository projects;

    ApprovalMilestones(MilestoneBook milestones, ProjectRepository projects) {
        this.milestones = milestones;
        this.projects = projects;
    }

    @ApplicationModuleListener
    void on(ProjectApprovalDecided decided) {
        if (!decided.approved() || decided.projectCode() == null) {
            return;
        }
        MilestoneKind.filledBy(decided.kind()).ifPresent(kind -> projects.findByCode(decided.projectCode().trim()).ifPresent(p ->
                milestones.fillFromApproval(p.id(), p.code(), kind, decided.documentNumber(), decided.decidedOn(), AUTHORITY,
                        decided.applicationId(), decided.kind())));
    }
}
