package vn.ansinh.accounts;

import java.security.SecureRandom;

/** Generated passwords: 16 characters without look-alikes (0/O, 1/l/I), always letters and digits. */
public final class PasswordGenerator {

    private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordGenerator() {
    }

    public static String generate() {
        StringBuilder password = new StringBuilder();
        String all = LETTERS + DIGITS;
        for (int i = 0; i < 14; i++) {
            password.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        password.insert(RANDOM.nextInt(password.length()), LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        password.insert(RANDOM.nextInt(password.length()), DIGITS.charAt(RANDOM.nextInt(DIGITS.length())));
        return password.toString();
    }
}
