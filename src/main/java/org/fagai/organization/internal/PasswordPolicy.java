package org.fagai.organization.internal;

import java.util.Optional;
import org.fagai.shared.StoredText;

/** At least 8 characters, with at least three of: upper case, lower case, digit, symbol. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    /** The reason a password is refused as a stored sentence (read in the reader's language), or empty when it is acceptable. */
    static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(StoredText.of("organization.error.passwordShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of(StoredText.of("organization.error.passwordLong", MAX_LENGTH));
        }
        int kinds = 0;
        kinds += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (kinds < 3) {
            return Optional.of(StoredText.of("organization.error.passwordKinds"));
        }
        return Optional.empty();
    }
}
