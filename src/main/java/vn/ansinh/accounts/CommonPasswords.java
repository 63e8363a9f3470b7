package vn.ansinh.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords an attacker tries first: the 30.000 most common of a public leaked-password list (zxcvbn's, MIT licence,
 * see accounts/common-passwords.NOTICE.txt) and a few Vietnamese ones, compared without case — and one of them with
 * digits or symbols put before or after it («password1234», «Qwerty@2019»), which guessing tools try next.
 */
final class CommonPasswords {

    private static final String LIST = "/accounts/common-passwords.txt";
    private static final Set<String> VIETNAMESE = Set.of("matkhau", "matkhau123", "matkhau1234", "ansinh", "ansinh1234",
            "anhyeuem", "emyeuanh", "yeuem", "vietnam", "hanoi", "saigon", "admin12345", "abc1234567");
    /** A word with a run of digits and symbols before or after it (not both: «2019camlo2020» is no trivial variant). */
    private static final Pattern AFFIXED = Pattern.compile("[^\\p{L}]*(\\p{L}+)[^\\p{L}]*");
    private static final Set<String> WORDS = load();

    private CommonPasswords() {
    }

    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (WORDS.contains(lower)) {
            return true;
        }
        Matcher affixed = AFFIXED.matcher(lower);
        return affixed.matches() && WORDS.contains(affixed.group(1)) && trivial(lower.replace(affixed.group(1), ""));
    }

    /** Digits and symbols a person adds to a word to pass a rule: a common password itself, a year, one key repeated. */
    private static boolean trivial(String affix) {
        String digits = affix.replaceAll("\\D", "");
        return WORDS.contains(digits) || digits.matches("(19|20)\\d\\d") || digits.chars().distinct().count() <= 1
                || "01234567890".contains(digits) || "9876543210".contains(digits);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(VIETNAMESE);
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("the common password list is part of ansinh", e);
        }
        return Set.copyOf(words);
    }
}
