package org.fagai.credit.internal;

/** Personal identity numbers are never shown in full: 110101199003071234 → 110101********1234. */
final class IdentityNumbers {

    private IdentityNumbers() {
    }

    static String mask(String number) {
        if (number == null || number.isBlank()) {
            return number;
        }
        String n = number.strip();
        if (n.length() < 11) {
            return "*".repeat(n.length());
        }
        return n.substring(0, 6) + "*".repeat(n.length() - 10) + n.substring(n.length() - 4);
    }

    /** 18 characters: 17 digits and a digit or X, with the GB 11643 check digit. */
    static boolean isValid(String number) {
        if (number == null || !number.matches("[0-9]{17}[0-9Xx]")) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * weights[i];
        }
        char expected = "10X98765432".charAt(sum % 11);
        return Character.toUpperCase(number.charAt(17)) == expected;
    }
}
