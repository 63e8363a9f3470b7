package vn.ansinh.units.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the predecessors of a new unit as the resolutions word them: «Thị trấn Cam Lộ, Xã Cam Thành», «Xã Cam Thủy
 * (huyện Cam Lộ)», «một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên», «Phường Ngọc Thụy (phần
 * còn lại sau khi sáp nhập vào phường Hồng Hà)», «tỉnh Quảng Bình và tỉnh Quảng Trị», «giữ nguyên». A name after
 * «của các phường» without its own kind word takes that kind and that part; a name with its own kind word is whole
 * unless it says otherwise.
 */
public final class PredecessorWords {

    /** One predecessor as named: its words, kind word (lower case, may be null), name, district named, a part only. */
    public record Named(String words, String kindWord, String name, String district, boolean part) {
    }

    private static final Pattern KIND = Pattern.compile(
            "(?iu)(?:^|\\s)(xã|phường|thị trấn|đặc khu|tỉnh|thành phố|thủ đô|huyện|quận|thị xã)\\s+");
    private static final Pattern PLURAL = Pattern.compile("(?iu)của\\s+các\\s+(xã|phường|thị trấn)\\s");
    private static final Pattern DISTRICT = Pattern.compile("(?iu)^(?:huyện|quận|thị xã|thành phố|tp\\.?)\\s+(.+)$");
    private static final Pattern AFTER = Pattern.compile("(?iu)\\s*sau khi (?:s[aắ]p x[eếắ]p|sáp nhập).*$");
    private static final Pattern REPEATED_KIND = Pattern.compile("(?iu)^(?:(?:xã|phường|thị trấn|đặc khu)\\s+)+");
    private static final Pattern DESCRIPTION = Pattern.compile("(?iu)diện tích|quy mô|toàn b[ộố]");
    private static final Pattern PART = Pattern.compile("(?iu)một phần|phần còn lại");
    private static final Pattern KEPT = Pattern.compile("(?iu)^\\s*giữ nguyên\\s*\\.?\\s*$");

    private PredecessorWords() {
    }

    /** Whether the unit went on unchanged («giữ nguyên»): its predecessor is the unit of the same name. */
    public static boolean kept(String words) {
        return KEPT.matcher(java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFC)).matches();
    }

    public static List<Named> read(String words) {
        List<Named> named = new ArrayList<>();
        String context = null;
        boolean contextPart = false;
        boolean pendingPart = false;
        String text0 = java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFC).replace('\u00A0', ' ');
        for (String item : items(firstSentence(text0))) {
            String text = item;
            String district = null;
            boolean part = pendingPart || PART.matcher(text).find();
            Matcher bracket = Pattern.compile("\\(([^)]*)\\)").matcher(text);
            while (bracket.find()) {
                Matcher d = DISTRICT.matcher(bracket.group(1).strip());
                if (d.matches() && !PART.matcher(bracket.group(1)).find()) {
                    district = d.group(1).strip();
                }
            }
            text = AFTER.matcher(text.replaceAll("\\([^)]*\\)", " ")).replaceAll("").replaceAll("\\s+", " ").strip();
            Matcher plural = PLURAL.matcher(text + " ");
            Matcher kind = KIND.matcher(text);
            if (plural.find()) {
                context = plural.group(1).toLowerCase(Locale.ROOT);
                contextPart = part;
                named.add(new Named(item.strip(), context, clean(text.substring(plural.end())), district, part));
            } else if (kind.find()) {
                // «phần còn lại của phường Cửa Đông, Đồng Xuân»: the names after it share its kind and its part.
                context = kind.group(1).toLowerCase(Locale.ROOT);
                contextPart = kind.start() > 0 && part;
                named.add(new Named(item.strip(), kind.group(1).toLowerCase(Locale.ROOT),
                        clean(text.substring(kind.end())), district, part));
            } else if (DESCRIPTION.matcher(text).find()) {
                // «một phần diện tích TN, quy mô dân số của các phường …»: the names follow in the next item.
                pendingPart = PART.matcher(text).find();
                continue;
            } else if (!text.isEmpty()) {
                named.add(new Named(item.strip(), context, clean(text), district, context == null ? part : contextPart || part));
            }
            pendingPart = false;
        }
        return named;
    }

    private static String clean(String name) {
        return REPEATED_KIND.matcher(name.strip()).replaceFirst("").strip();
    }

    /** The words before a sentence added after the list («… tỉnh Đồng Nai. Từ ngày 30/04/2026, …»). */
    private static String firstSentence(String words) {
        int stop = words.indexOf(". ");
        return stop < 0 ? words : words.substring(0, stop);
    }

    /** Split at commas and «và» outside brackets. */
    static List<String> items(String words) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (String token : words.split("(?=[(),])|(?<=[(),])")) {
            if ("(".equals(token)) {
                depth++;
            } else if (")".equals(token)) {
                depth = Math.max(0, depth - 1);
            }
            if (",".equals(token) && depth == 0) {
                items.add(current.toString());
                current.setLength(0);
            } else {
                current.append(token);
            }
        }
        items.add(current.toString());
        List<String> split = new ArrayList<>();
        for (String item : items) {
            for (String piece : item.split("(?iu)\\s+và\\s+(?![^(]*\\))")) {
                if (!piece.isBlank()) {
                    split.add(piece.strip());
                }
            }
        }
        return split;
    }
}
