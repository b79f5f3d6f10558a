package org.fagai.enterprise.internal;

import java.util.List;
import org.fagai.approval.ApplicantApplications;
import org.fagai.credit.CreditCheckResult;
import org.fagai.credit.CreditChecks;
import org.fagai.credit.PartyRecords;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.project.OwnerProjects;
import org.fagai.project.ProjectRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise page: the record, its package and visits, its demands, its safety hazards, and what the platform knows by its credit code
 * through the other modules' APIs — key projects it owns, its applications, licences and penalties, dishonesty status.
 */
@Service
class EnterpriseProfiles {

    private final Enterprises enterprises;
    private final ServicePackages packages;
    private final DemandQueries demands;
    private final EnterpriseAccess access;
    private final OwnerProjects projects;
    private final ApplicantApplications applications;
    private final PartyRecords credit;
    private final CreditChecks checks;
    private final HazardQueries hazards;

    EnterpriseProfiles(Enterprises enterprises, ServicePackages packages, DemandQueries demands, EnterpriseAccess access,
                       OwnerProjects projects, ApplicantApplications applications, PartyRecords credit, CreditChecks checks,
                       HazardQueries hazards) {
        this.enterprises = enterprises;
        this.packages = packages;
        this.demands = demands;
        this.access = access;
        this.projects = projects;
        this.applications = applications;
        this.credit = credit;
        this.checks = checks;
        this.hazards = hazards;
    }

    record Profile(EnterpriseView enterprise, ServiceViews.PackageView servicePackage, List<ServiceViews.VisitView> visits,
                   List<DemandView> demands, List<ProjectRef> projects, List<ApplicantApplications.Brief> applications,
                   List<PartyRecords.PartyRecord> creditRecords, CreditCheckResult creditCheck, List<HazardView> hazards) {
    }

    @Transactional(readOnly = true)
    Profile profile(String creditCode) {
        EnterpriseView e = enterprises.get(creditCode);
        CurrentUser user = access.reader();
        return new Profile(e, packages.find(e.creditCode()).orElse(null), packages.visitsOf(e.creditCode(), 20),
                demands.list(new DemandQueries.Filter(null, null, e.creditCode(), null, null, null, null, 0, 50), user).items(),
                projects.ownedBy(e.creditCode()), applications.forApplicant(e.creditCode(), 50),
                credit.forParty(e.creditCode(), 50), checks.check(e.creditCode()), hazards.ofEnterprise(e.creditCode(), 20));
    }
}
