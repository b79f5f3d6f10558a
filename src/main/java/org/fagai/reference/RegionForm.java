package org.fagai.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An administrator's new or corrected region: a GB/T 2260 code (or a 9-digit town code) under an existing parent. */
public record RegionForm(
        @NotBlank(message = "{region.code.required}") @Pattern(regexp = "\\d{6}|\\d{9}", message = "{region.code.pattern}") String code,
        @NotBlank(message = "{region.name.required}") @Size(max = 100, message = "{region.name.size}") String name,
        boolean enabled) {
}
