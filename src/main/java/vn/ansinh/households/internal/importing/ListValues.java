package vn.ansinh.households.internal.importing;

import java.util.Map;
import java.util.Optional;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;
import vn.ansinh.shared.TextKeys;

/** The values a household list's cells may hold, as offices write them in Vietnamese or as codes. */
final class ListValues {

    private static final Map<String, Area> AREAS = Map.of("nongthon", Area.RURAL, "rural", Area.RURAL,
            "thanhthi", Area.URBAN, "dothi", Area.URBAN, "urban", Area.URBAN);
    private static final Map<String, Classification> CLASSIFICATIONS = Map.ofEntries(
            Map.entry("hongheo", Classification.POOR), Map.entry("ngheo", Classification.POOR),
            Map.entry("poor", Classification.POOR), Map.entry("hocanngheo", Classification.NEAR_POOR),
            Map.entry("canngheo", Classification.NEAR_POOR), Map.entry("nearpoor", Classification.NEAR_POOR),
            Map.entry("hocomucsongtrungbinh", Classification.MEDIUM), Map.entry("mucsongtrungbinh", Classification.MEDIUM),
            Map.entry("trungbinh", Classification.MEDIUM), Map.entry("medium", Classification.MEDIUM),
            Map.entry("khongngheo", Classification.NOT_POOR), Map.entry("hokhongngheo", Classification.NOT_POOR),
            Map.entry("notpoor", Classification.NOT_POOR));
    private static final Map<String, PoorCategory> CATEGORIES = Map.of("csgn", PoorCategory.CAN_EXIT,
            "chinhsachgiamngheo", PoorCategory.CAN_EXIT, "hongheochinhsachgiamngheo", PoorCategory.CAN_EXIT,
            "canexit", PoorCategory.CAN_EXIT, "khongthethoatngheo", PoorCategory.CANNOT_EXIT,
            "hongheokhongthethoatngheo", PoorCategory.CANNOT_EXIT, "hncung", PoorCategory.CANNOT_EXIT,
            "cannotexit", PoorCategory.CANNOT_EXIT);
    private static final Map<String, CannotExitReason> REASONS = Map.of(
            "khongcokhananglaodong", CannotExitReason.NO_LABOUR_CAPACITY,
            "nolabourcapacity", CannotExitReason.NO_LABOUR_CAPACITY,
            "nguoicaotuoisongmotminh", CannotExitReason.ELDERLY_ALONE, "elderlyalone", CannotExitReason.ELDERLY_ALONE,
            "khuyettatnang", CannotExitReason.SEVERE_DISABILITY, "severedisability", CannotExitReason.SEVERE_DISABILITY,
            "omdaukinhnien", CannotExitReason.CHRONIC_ILLNESS, "chronicillness", CannotExitReason.CHRONIC_ILLNESS,
            "khac", CannotExitReason.OTHER, "other", CannotExitReason.OTHER);
    private static final Map<String, Sex> SEXES = Map.of("nam", Sex.M, "m", Sex.M, "male", Sex.M, "nu", Sex.F,
            "f", Sex.F, "female", Sex.F);
    private static final Map<String, Boolean> FLAGS = Map.ofEntries(Map.entry("co", true), Map.entry("x", true),
            Map.entry("1", true), Map.entry("yes", true), Map.entry("true", true), Map.entry("khong", false),
            Map.entry("0", false), Map.entry("no", false), Map.entry("false", false), Map.entry("", false));

    /** Lists repeat a few values millions of times ("Nam", "Có", "Chủ hộ"): their keys are kept. */
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KEPT_KEYS = 10_000;

    private ListValues() {
    }

    private static String key(String text) {
        String key = KEYS.get(text);
        if (key == null) {
            key = TextKeys.key(text);
            if (KEYS.size() < KEPT_KEYS) {
                KEYS.put(text, key);
            }
        }
        return key;
    }

    static Optional<Area> area(String text) {
        return Optional.ofNullable(AREAS.get(key(text)));
    }

    static Optional<Classification> classification(String text) {
        return Optional.ofNullable(CLASSIFICATIONS.get(key(text)));
    }

    static Optional<PoorCategory> category(String text) {
        return Optional.ofNullable(CATEGORIES.get(key(text)));
    }

    static Optional<CannotExitReason> reason(String text) {
        return Optional.ofNullable(REASONS.get(key(text)));
    }

    static Optional<Sex> sex(String text) {
        return Optional.ofNullable(SEXES.get(key(text)));
    }

    static Optional<Boolean> flag(String text) {
        return Optional.ofNullable(FLAGS.get(key(text)));
    }

    static boolean isHead(String relation) {
        return key(relation).equals("chuho");
    }

    static Optional<Integer> year(String text) {
        try {
            int year = Integer.parseInt(text.strip());
            return year >= 1900 && year <= 2200 ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
