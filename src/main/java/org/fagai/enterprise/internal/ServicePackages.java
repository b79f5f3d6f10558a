package org.fagai.enterprise.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.organization.CurrentUser;
import org.fagai.organization.OrganizationDirectory;
import org.fagai.organization.Role;
import org.fagai.shared.Commands;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.StoredText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/** 服务包: one per key enterprise, with its 包联领导, 服务管家, policies and visit plan; and the visits (走访). */
@Service
class ServicePackages {

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final EnterpriseAccess access;
    private final OrganizationDirectory directory;
    private final Demands demands;
    private final AuditLog audit;
    private final Clock clock;
    private final PackageList packages;
    private final Photos photos;

    ServicePackages(PackageList packages, Photos photos, JdbcClient jdbc, Enterprises enterprises, EnterpriseAccess access, OrganizationDirectory directory,
                    Demands demands, AuditLog audit, Clock clock) {
        this.packages = packages;
        this.photos = photos;
        this.jdbc = jdbc;
        this.enterprises = enterprises;
        this.access = access;
        this.directory = directory;
        this.demands = demands;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ServiceViews.PackageView save(ServiceCommands.Package c) {
        CurrentUser user = access.keeper();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("enterprise.error.bodyMissing"));
        }
        Commands.check(c);
        EnterpriseView enterprise = enterprises.get(c.creditCode() == null ? "" : c.creditCode());
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        Optional<OrganizationDirectory.Person> leader = c.leaderId() == null ? Optional.empty() : directory.person(c.leaderId());
        if (leader.isEmpty() || leader.get().role() != Role.LEADER) {
            errors.add(new FieldErrors.FieldError("leaderId", StoredText.of("enterprise.error.leaderAccount")));
        }
        Optional<OrganizationDirectory.Person> staff = c.staffId() == null ? Optional.empty() : directory.person(c.staffId());
        if (staff.isEmpty() || staff.get().role().unitAccount()) {
            errors.add(new FieldErrors.FieldError("staffId", StoredText.of("enterprise.error.staffAccount")));
        }
        int perQuarter = c.visitsPerQuarter() == null ? VisitPlan.DEFAULT : c.visitsPerQuarter();
        if (perQuarter < 1 || perQuarter > VisitPlan.MAX) {
            errors.add(new FieldErrors.FieldError("visitsPerQuarter", StoredText.of("enterprise.error.visitsPerQuarter", VisitPlan.MAX)));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        jdbc.sql("""
                        INSERT INTO service_package (credit_code, leader_id, staff_id, policies, visits_per_quarter) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (credit_code) DO UPDATE SET leader_id = excluded.leader_id, staff_id = excluded.staff_id,
                          policies = excluded.policies, visits_per_quarter = excluded.visits_per_quarter""")
                .params(enterprise.creditCode(), c.leaderId(), c.staffId(), c.policies() == null ? null : c.policies().strip(), perQuarter)
                .update();
        audit.record(AuditAction.UPDATE, "service-package", enterprise.creditCode(), StoredText.of("enterprise.audit.servicePackage.created", enterprise.name(), leader.get().displayName(), staff.get().displayName(), perQuarter));
        return find(enterprise.creditCode()).orElseThrow();
    }

    @Transactional(readOnly = true)
    Optional<ServiceViews.PackageView> find(String creditCode) {
        return packages.find(creditCode);
    }

    /** Records a visit; each demand raised in it becomes a demand of the enterprise (routed at once when a department is named). */
    @Transactional
    ServiceViews.VisitView visit(String creditCode, ServiceCommands.Visit c) {
        return visit(creditCode, c, List.of());
    }

    /** A visit with its photos, all or nothing: a photo the upload guard refuses stores neither the visit nor its demands. */
    @Transactional
    ServiceViews.VisitView visit(String creditCode, ServiceCommands.Visit c, List<MultipartFile> photoFiles) {
        CurrentUser user = access.keeper();
        if (c == null) {
            throw FieldErrors.of("body", StoredText.of("enterprise.error.bodyMissing"));
        }
        Commands.check(c);
        EnterpriseView enterprise = enterprises.get(creditCode);
        List<FieldErrors.FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (c.visitedOn() == null || c.visitedOn().isAfter(today) || c.visitedOn().getYear() < 2000) {
            errors.add(new FieldErrors.FieldError("visitedOn", StoredText.of("enterprise.error.visitedOnRange", c.visitedOn())));
        }
        if (c.visitors() == null || c.visitors().isBlank()) {
            errors.add(new FieldErrors.FieldError("visitors", StoredText.of("enterprise.error.visitorsMissing")));
        }
        if (c.demands().size() > 20) {
            errors.add(new FieldErrors.FieldError("demands", StoredText.of("enterprise.error.visitDemandLimit")));
        }
        for (int i = 0; i < c.demands().size(); i++) {
            ServiceCommands.RaisedDemand d = c.demands().get(i);
            String field = "demands[" + i + "]";
            if (d == null) {
                errors.add(new FieldErrors.FieldError(field, StoredText.of("enterprise.error.visitDemandEmpty")));
                continue;
            }
            Commands.violations(d).forEach(e -> errors.add(new FieldErrors.FieldError(field + "." + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw new FieldErrors(errors);
        }
        long id = jdbc.sql("""
                        INSERT INTO enterprise_visit (credit_code, visited_on, visitors, met_with, discussed, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(enterprise.creditCode(), c.visitedOn(), c.visitors().strip(), EnterpriseRules.blank(c.metWith()),
                        EnterpriseRules.blank(c.discussed()), user.username())
                .query(Long.class).single();
        for (ServiceCommands.RaisedDemand d : c.demands()) {
            demands.raise(new DemandCommands.Raise(enterprise.creditCode(), d.category(), d.content(), d.urgency(), "VISIT",
                    EnterpriseRules.blank(c.metWith()), d.departmentId(), d.leadPersonId()), id);
        }
        List<MultipartFile> attached = photoFiles.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (attached.size() > Photos.MAX_PER_OWNER) {
            throw FieldErrors.of("photo", StoredText.of("enterprise.error.photoLimit", Photos.MAX_PER_OWNER));
        }
        attached.forEach(file -> photos.store("VISIT", id, file));
        audit.record(AuditAction.CREATE, "enterprise-visit", String.valueOf(id), StoredText.of("enterprise.audit.servicePackage.visited", enterprise.name(), c.visitedOn(), c.demands().size(), attached.size()));
        return visitView(id);
    }

    @Transactional(readOnly = true)
    ServiceViews.VisitView visitView(long id) {
        ServiceViews.VisitView v = jdbc.sql("""
                        SELECT v.*, e.name, e.region_code FROM enterprise_visit v JOIN enterprise e ON e.credit_code = v.credit_code
                        WHERE v.id = ?""").param(id)
                .query((rs, n) -> {
                    access.requireVisible(access.reader(), rs.getString("credit_code"), rs.getString("region_code"));
                    return new ServiceViews.VisitView(rs.getLong("id"), rs.getString("credit_code"), rs.getString("name"),
                            rs.getObject("visited_on", LocalDate.class), rs.getString("visitors"), rs.getString("met_with"),
                            rs.getString("discussed"), rs.getString("created_by"), List.of(), List.of());
                }).optional().orElseThrow(() -> new NotFoundException(StoredText.of("enterprise.error.visitNotFound", id)));
        List<Long> photos = jdbc.sql("SELECT id FROM enterprise_photo WHERE owner_type = 'VISIT' AND owner_id = ? ORDER BY id")
                .param(id).query(Long.class).list();
        List<Long> raised = jdbc.sql("SELECT id FROM enterprise_demand WHERE visit_id = ? ORDER BY id").param(id).query(Long.class).list();
        return new ServiceViews.VisitView(v.id(), v.creditCode(), v.enterpriseName(), v.visitedOn(), v.visitors(), v.metWith(),
                v.discussed(), v.createdBy(), photos, raised);
    }

    /** A photo of a visit, by whoever may record visits of that enterprise. */
    @Transactional
    long photo(long visitId, MultipartFile file) {
        access.keeper();
        ServiceViews.VisitView visit = visitView(visitId);
        long id = photos.store("VISIT", visit.id(), file);
        audit.record(AuditAction.CREATE, "enterprise-photo", String.valueOf(id), StoredText.of("enterprise.audit.servicePackage.photo", visit.enterpriseName()));
        return id;
    }

    /** A photo, if the user may see the visit (or hazard) it belongs to. */
    @Transactional(readOnly = true)
    Photos.Content photo(long id) {
        Photos.Content content = photos.find(id);
        String code = jdbc.sql("VISIT".equals(content.ownerType()) ? "SELECT credit_code FROM enterprise_visit WHERE id = ?"
                : "SELECT credit_code FROM safety_hazard WHERE id = ?").param(content.ownerId()).query(String.class).single();
        enterprises.get(code);
        return content;
    }

    /** An enterprise's latest visits, newest first. */
    @Transactional(readOnly = true)
    List<ServiceViews.VisitView> visitsOf(String creditCode, int limit) {
        return jdbc.sql("SELECT id FROM enterprise_visit WHERE credit_code = ? ORDER BY visited_on DESC, id DESC LIMIT ?")
                .params(creditCode, limit).query(Long.class).list().stream().map(this::visitView).toList();
    }
}
