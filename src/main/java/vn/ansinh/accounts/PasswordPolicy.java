package vn.ansinh.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long enough, letters and digits, not the username, not a well-known
 * password. Returns message keys, so the form can say every problem beside the field.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "0123456789", "password123",
            "matkhau123", "matkhau1234", "qwertyuiop", "abc1234567", "admin12345", "ansinh1234", "123456789a",
            "a123456789", "iloveyou12", "11111111111");

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
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            problems.add("password.common");
        }
        return problems;
    }
}
