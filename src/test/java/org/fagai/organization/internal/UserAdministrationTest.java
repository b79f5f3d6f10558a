package org.fagai.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fagai.FagaiIntegrationTest;
import org.fagai.organization.Role;
import org.fagai.shared.FieldErrors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@FagaiIntegrationTest
class UserAdministrationTest {

    @Autowired
    UserAdministration users;
    @Autowired
    DepartmentAdministration departments;
    @Autowired
    JdbcClient jdbc;

    private static UserForm staff(String username, String password) {
        return new UserForm(username, "测试科员", Role.STAFF, null, "339902", null, null, true, password);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCreatesAnAccountThatIsAudited() {
        UserView created = users.create(staff("new-staff", "Strong#Pass1"));
        assertThat(created.regionName()).isEqualTo("东湖区");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CREATE' AND target_id = 'new-staff' AND actor = 'admin'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aWeakPasswordAndADuplicateNameAreRefusedTogether() {
        assertThatThrownBy(() -> users.create(staff("city", "weakpass")))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .extracting(FieldErrors.FieldError::field).containsExactlyInAnyOrder("username", "password"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aProjectOwnerNeedsItsUnitAndAValidCreditCode() {
        UserForm owner = new UserForm("owner-bad", "某公司", Role.OWNER, null, "339902", "", "91350100M000100Y44", true,
                "Strong#Pass1");
        assertThatThrownBy(() -> users.create(owner))
                .isInstanceOfSatisfying(FieldErrors.class, e -> assertThat(e.errors())
                        .extracting(err -> org.fagai.shared.web.StoredTexts.chinese(err.message()))
                        .contains("项目单位账号须填写单位名称", "统一社会信用代码无效：第18位校验码应为3"));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anUnknownRegionIsRefused() {
        UserForm form = new UserForm("lost", "某人", Role.STAFF, null, "999999", null, null, true, "Strong#Pass1");
        assertThatThrownBy(() -> users.create(form)).isInstanceOf(FieldErrors.class).hasMessageContaining("999999");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void resettingAPasswordUnlocksAndIsAudited() {
        UserView created = users.create(staff("reset-me", "Strong#Pass1"));
        users.resetPassword(created.id(), "Other#Pass2");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_id = 'reset-me' AND detail = '§audit.detail.passwordReset'")
                .query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> users.resetPassword(created.id(), "short")).isInstanceOf(FieldErrors.class);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void filtersFindAccountsByRoleAndRegion() {
        var districtUsers = users.search(new UserQuery(null, Role.DISTRICT, "339902", null, 0, 20));
        assertThat(districtUsers.getContent()).extracting(UserView::username).contains("district");
        assertThat(districtUsers.getContent()).extracting(UserView::role).containsOnly(Role.DISTRICT);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void departmentsAreUniquePerRegionAndChangesAreAudited() {
        DepartmentView d = departments.create(new DepartmentForm("法规科", "339900", 9, true));
        assertThatThrownBy(() -> departments.create(new DepartmentForm("法规科", "339900", 10, true)))
                .isInstanceOf(FieldErrors.class).satisfies(e -> assertThat(org.fagai.shared.web.StoredTexts.chinese(e.getMessage())).contains("同名"));
        departments.update(d.id(), new DepartmentForm("法规与改革科", "339900", 9, true));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE target_type = 'department' AND target_id = ?")
                .param(String.valueOf(d.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "city", roles = "STAFF")
    void staffCannotAdministerAccounts() {
        assertThatThrownBy(() -> users.create(staff("sneaky", "Strong#Pass1"))).isInstanceOf(AccessDeniedException.class);
    }
}
