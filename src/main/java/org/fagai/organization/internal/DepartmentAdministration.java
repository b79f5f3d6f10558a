package org.fagai.organization.internal;

import java.util.List;
import org.fagai.audit.AuditAction;
import org.fagai.audit.AuditLog;
import org.fagai.shared.StoredText;
import org.fagai.reference.RegionDirectory;
import org.fagai.reference.RegionView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.NotFoundException;
import org.fagai.shared.RegionCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@PreAuthorize("hasRole('ADMIN')")
class DepartmentAdministration {

    private final DepartmentRepository departments;
    private final RegionDirectory regions;
    private final AuditLog audit;

    DepartmentAdministration(DepartmentRepository departments, RegionDirectory regions, AuditLog audit) {
        this.departments = departments;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<DepartmentView> list() {
        return departments.findAllByOrderByRegionCodeAscSortOrderAscNameAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    DepartmentView get(long id) {
        return view(find(id));
    }

    @Transactional
    DepartmentView create(DepartmentForm form) {
        checkRegion(form.regionCode());
        if (departments.existsByRegionCodeAndName(form.regionCode(), form.name().trim())) {
            throw FieldErrors.of("name", StoredText.of("organization.error.departmentTaken", form.name().trim()));
        }
        Department department = departments.save(new Department(form.name().trim(), form.regionCode(), form.sortOrder()));
        department.change(department.name(), department.regionCode(), department.sortOrder(), form.enabled());
        audit.record(AuditAction.CREATE, "department", String.valueOf(department.id()), describe(department));
        return view(department);
    }

    @Transactional
    DepartmentView update(long id, DepartmentForm form) {
        checkRegion(form.regionCode());
        Department department = find(id);
        String before = describe(department);
        boolean renamed = !department.name().equals(form.name().trim()) || !department.regionCode().equals(form.regionCode());
        if (renamed && departments.existsByRegionCodeAndName(form.regionCode(), form.name().trim())) {
            throw FieldErrors.of("name", StoredText.of("organization.error.departmentTaken", form.name().trim()));
        }
        department.change(form.name().trim(), form.regionCode(), form.sortOrder(), form.enabled());
        audit.record(AuditAction.UPDATE, "department", String.valueOf(id), StoredText.of("department.audit.changed", before, describe(department)));
        return view(department);
    }

    private Department find(long id) {
        return departments.findById(id).orElseThrow(() -> new NotFoundException(StoredText.of("organization.error.noDepartment", id)));
    }

    private void checkRegion(String code) {
        if (regions.find(code).isEmpty()) {
            throw FieldErrors.of("regionCode", StoredText.of("organization.error.noRegion", code));
        }
        if (!RegionCode.of(code).isCountyOrAbove()) {
            throw FieldErrors.of("regionCode", StoredText.of("organization.error.departmentCounty", code));
        }
    }

    private DepartmentView view(Department d) {
        String regionName = regions.find(d.regionCode()).map(RegionView::name).orElse(d.regionCode());
        return new DepartmentView(d.id(), d.name(), d.regionCode(), regionName, d.sortOrder(), d.enabled());
    }

    private static String describe(Department d) {
        String name = d.name() + "@" + d.regionCode();
        return d.enabled() ? name : StoredText.of("department.audit.disabled", name);
    }
}
