package vn.ansinh.checks.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes figures into a paragraph in place of the printed ones. Each printed figure takes its
 * first whole occurrence not taken by another: "9" is not the 9 of "2019" or of "1.297", and a
 * paragraph stating "0,56" twice has both replaced once each is listed.
 */
public final class FigureText {

    /** A printed figure and what to write in its place. */
    public record Replacement(String printed, String current) {
    }

    private record Occurrence(int start, int end, String current) {
    }

    private FigureText() {
    }

    public static String fill(String text, List<Replacement> replacements) {
        List<Occurrence> taken = new ArrayList<>();
        for (Replacement replacement : replacements) {
            int start = find(text, replacement.printed(), taken);
            if (start >= 0) {
                taken.add(new Occurrence(start, start + replacement.printed().length(), replacement.current()));
            }
        }
        taken.sort(Comparator.comparingInt(Occurrence::start));
        StringBuilder filled = new StringBuilder();
        int at = 0;
        for (Occurrence occurrence : taken) {
            filled.append(text, at, occurrence.start()).append(occurrence.current());
            at = occurrence.end();
        }
        return filled.append(text.substring(at)).toString();
    }

    private static int find(String text, String printed, List<Occurrence> taken) {
        if (printed.isEmpty()) {
            return -1;
        }
        for (int start = text.indexOf(printed); start >= 0; start = text.indexOf(printed, start + 1)) {
            if (free(text, start, start + printed.length(), taken)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean free(String text, int start, int end, List<Occurrence> taken) {
        return whole(text, start, end) && taken.stream().noneMatch(o -> start < o.end() && o.start() < end);
    }

    /** Not part of a longer number: no digit, and no "." or "," between digits, right before or after. */
    private static boolean whole(String text, int start, int end) {
        boolean before = start > 0 && (digit(text, start - 1) || separator(text, start - 1) && digit(text, start - 2));
        boolean after = end < text.length() && (digit(text, end) || separator(text, end) && digit(text, end + 1));
        return !before && !after;
    }

    private static boolean digit(String text, int at) {
        return at >= 0 && at < text.length() && Character.isDigit(text.charAt(at));
    }

    private static boolean separator(String text, int at) {
        return text.charAt(at) == '.' || text.charAt(at) == ',';
    }
}
