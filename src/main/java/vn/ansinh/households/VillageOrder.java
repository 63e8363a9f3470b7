package vn.ansinh.households;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Villages as an office lists them: «Thôn 2» before «Thôn 10» (numbers by their value), names in Vietnamese
 * alphabetical order («Đông» after «Dương»), not in the order of their character codes.
 */
public final class VillageOrder {

    private static final Pattern PARTS = Pattern.compile("\\d+|\\D+");

    private VillageOrder() {
    }

    public static Comparator<String> comparator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        return (a, b) -> compare(a, b, collator);
    }

    private static int compare(String a, String b, Collator collator) {
        Matcher left = PARTS.matcher(a);
        Matcher right = PARTS.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            boolean numbers = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0));
            int order = numbers ? new java.math.BigInteger(l).compareTo(new java.math.BigInteger(r)) : collator.compare(l, r);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
