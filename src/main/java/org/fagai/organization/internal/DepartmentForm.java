package org.fagai.organization.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record DepartmentForm(
        @NotBlank(message = "{department.name.required}") @Size(max = 100, message = "{department.name.size}") String name,
        @NotBlank(message = "{region.code.required}") @Pattern(regexp = "\\d{6}|\\d{9}", message = "{region.code.pattern}") String regionCode,
        @Min(value = 0, message = "{department.sortOrder.min}") int sortOrder,
        boolean enabled) {

    static DepartmentForm empty(String regionCode) {
        return new DepartmentForm("", regionCode, 0, true);
    }
}
