package org.fagai.organization.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fagai.organization.Role;
import org.fagai.shared.MaxLength;

/** An account as the administrator edits it; the password is read only when creating. */
record UserForm(
        @NotBlank(message = "{user.username.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}", message = "{user.username.pattern}") String username,
        @NotBlank(message = "{user.displayName.required}") @Size(max = 100, message = "{user.displayName.size}") String displayName,
        @NotNull(message = "{user.role.required}") Role role,
        Long departmentId,
        @NotBlank(message = "{region.code.required}") @Pattern(regexp = "\\d{6}|\\d{9}", message = "{region.code.pattern}") String regionCode,
        @Size(max = 200, message = "{user.ownerUnit.size}") String ownerUnit,
        @MaxLength(50) String ownerCreditCode,
        boolean enabled,
        @MaxLength(72) String password) {

    static UserForm empty(String regionCode) {
        return new UserForm("", "", Role.STAFF, null, regionCode, "", "", true, "");
    }
}
