package org.fagai.policy.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.fagai.enterprise.EnterpriseFlag;
import org.fagai.enterprise.EnterpriseSize;
import org.fagai.enterprise.EnterpriseView;
import org.fagai.shared.FieldErrors;
import org.fagai.shared.StoredText;

/**
 * Who a policy is for, as data: industries (GB/T 4754 codes or their leading part, e.g. {@code C40} 仪器仪表 or
 * {@code 40}), sizes, and flags (高新技术企业, 专精特新 …) that the enterprise must all carry in the policy's year or the
 * year before (the lists are recognised once a year). An empty condition admits everyone.
 */
record PolicyConditions(Set<String> industries, Set<EnterpriseSize> sizes, Set<EnterpriseFlag> flags) {

    static final int MAX_INDUSTRIES = 20;

    PolicyConditions {
        industries = Set.copyOf(industries);
        sizes = sizes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sizes));
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    boolean matches(EnterpriseView enterprise, int year) {
        String industry = enterprise.industryCode() == null ? "" : enterprise.industryCode();
        boolean industryOk = industries.isEmpty() || industries.stream().anyMatch(i -> industry.startsWith(digits(i)));
        boolean sizeOk = sizes.isEmpty() || (enterprise.size() != null && sizes.contains(enterprise.size()));
        boolean flagsOk = flags.stream().allMatch(f -> enterprise.flags().stream()
                .anyMatch(fy -> fy.flag() == f && (fy.year() == year || fy.year() == year - 1)));
        return industryOk && sizeOk && flagsOk;
    }

    /** A GB/T 4754 code as the registry stores it (digits): a leading section letter is dropped. */
    private static String digits(String code) {
        return code.matches("[A-T]\\d*") ? code.substring(1) : code;
    }

    /** From the form's comma-separated texts; a bad code is a 400 naming the field. */
    static PolicyConditions parse(String industries, String sizes, String flags) {
        Set<String> industryCodes = split(industries);
        if (industryCodes.size() > MAX_INDUSTRIES || industryCodes.stream().anyMatch(c -> !c.matches("[A-T]?\\d{0,4}") || c.isEmpty())) {
            throw FieldErrors.of("industries", StoredText.of("policy.error.industriesInvalid", MAX_INDUSTRIES));
        }
        return new PolicyConditions(industryCodes, enums(EnterpriseSize.class, sizes, "sizes", "policy.error.label.sizes"),
                enums(EnterpriseFlag.class, flags, "flags", "policy.error.label.flags"));
    }

    String industriesText() {
        return String.join(",", industries.stream().sorted().toList());
    }

    String sizesText() {
        return sizes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    String flagsText() {
        return flags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<String> split(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,，;；\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String text, String field, String labelKey) {
        Set<E> result = EnumSet.noneOf(type);
        for (String s : split(text)) {
            try {
                result.add(Enum.valueOf(type, s));
            } catch (IllegalArgumentException e) {
                throw FieldErrors.of(field, StoredText.of("policy.error.conditionInvalid", StoredText.label(labelKey), s.length() > 30 ? s.substring(0, 30) : s));
            }
        }
        return result;
    }
}
