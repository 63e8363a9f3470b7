package vn.ansinh.shared;

/** Masks personal identifiers (citizen ID, phone) for roles that may not see them: "******1234". */
public final class PersonalData {

    private static final int SHOWN = 4;

    private PersonalData() {
    }

    public static String mask(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String compact = value.strip();
        if (compact.length() <= SHOWN) {
            return "******";
        }
        int hidden = compact.length() - SHOWN;
        return "*".repeat(Math.max(hidden, 6)) + compact.substring(hidden);
    }

    public static String shown(String value, AccessScope scope) {
        return scope.personalData() ? value : mask(value);
    }
}
