package org.fagai.organization.internal;

import java.util.Optional;

/** At least 8 characters, with at least three of: upper case, lower case, digit, symbol. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** The Chinese reason a password is refused, or empty when it is acceptable. */
    static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("密码至少需要" + MIN_LENGTH + "位");
        }
        if (password.length() > 64) {
            return Optional.of("密码不能超过64位");
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            return Optional.of("密码需包含大写字母、小写字母、数字、符号中的至少三类");
        }
        return Optional.empty();
    }
}
