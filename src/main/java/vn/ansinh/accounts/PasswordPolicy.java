package vn.ansinh.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be: long enough, letters and digits, not the username (nor the username reversed), not a
 * common password nor one with digits added ({@link CommonPasswords}). Returns message keys, so the form can say every problem beside the field.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        if (value.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        if (value.chars().noneMatch(Character::isLetter) || value.chars().noneMatch(Character::isDigit)) {
            problems.add("password.lettersAndDigits");
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (containsUsername(lower, username)) {
            problems.add("password.containsUsername");
        }
        if (!value.isEmpty() && CommonPasswords.isCommon(value)) {
            problems.add("password.common");
        }
        return problems;
    }

    private static boolean containsUsername(String lowerPassword, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        return lowerPassword.contains(name) || lowerPassword.contains(new StringBuilder(name).reverse());
    }
}
