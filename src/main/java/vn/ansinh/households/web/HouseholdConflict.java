package vn.ansinh.households.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;

/**
 * A save conflict of «Sửa hộ» side by side: each field of the household saved meanwhile beside what the user
 * typed, members row by row, marked where they differ — so the user chooses to keep theirs (saving over it
 * knowingly) or take the saved one.
 */
public record HouseholdConflict(String by, String at, List<Row> rows) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One field: its label, the saved value and the typed one ("—" for none). */
    public record Row(String label, String saved, String typed) {

        public boolean differs() {
            return !saved.equals(typed);
        }
    }

    static HouseholdConflict of(String by, String at, Household saved, HouseholdStatus savedStatus, HouseholdForm typed,
            String savedUnit, String typedUnit, MessageSource messages, Locale locale) {
        Words words = new Words(messages, locale);
        Household yours = typed.household();
        List<Row> rows = new ArrayList<>(List.of(
                words.row("registry.page.unit", savedUnit, typedUnit),
                words.row("registry.page.code", saved.code(), yours.code()),
                words.row("registry.page.village", saved.village(), yours.village()),
                words.row("household.form.address", saved.address(), yours.address()),
                words.row("household.form.ethnicity", saved.ethnicity(), yours.ethnicity()),
                words.row("registry.page.phone", saved.phone(), yours.phone()),
                words.row("household.form.area", words.coded("poverty.area.", saved.area()),
                        words.coded("poverty.area.", yours.area())),
                new Row(typed.year() == null ? words.text("registry.page.status")
                        : words.text("household.conflict.status", typed.year()),
                        Words.shown(words.status(savedStatus)), Words.shown(words.status(typed.status())))));
        int members = Math.max(saved.members().size(), yours.members().size());
        for (int i = 0; i < members; i++) {
            rows.add(new Row(words.text("household.conflict.member", i + 1), words.member(saved.members(), i),
                    words.member(yours.members(), i)));
        }
        return new HouseholdConflict(by, at, rows);
    }

    /** Values in the user's language; none as «—». */
    private record Words(MessageSource messages, Locale locale) {

        Row row(String labelKey, String saved, String typed) {
            return new Row(text(labelKey), shown(saved), shown(typed));
        }

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, key, locale);
        }

        String coded(String prefix, Enum<?> value) {
            return value == null ? null : text(prefix + value.name());
        }

        String status(HouseholdStatus status) {
            if (status == null) {
                return null;
            }
            String shown = text("poverty.classification." + status.classification().name());
            return status.category() == null ? shown : shown + " — " + text("household.category." + status.category().name());
        }

        String member(List<Member> members, int i) {
            if (i >= members.size()) {
                return "—";
            }
            Member m = members.get(i);
            List<String> parts = new ArrayList<>();
            parts.add(m.fullName());
            parts.add(coded("household.sex.", m.sex()));
            parts.add(m.birthDate() == null ? null : DAY.format(m.birthDate()));
            parts.add(m.relation());
            parts.add(m.citizenId());
            parts.add(m.education());
            parts.add(m.employment());
            parts.add(m.disability() ? text("household.form.disability") : null);
            parts.add(m.healthInsurance() ? text("household.form.insurance") : null);
            return shown(String.join(", ", parts.stream().filter(Objects::nonNull).filter(p -> !p.isBlank()).toList()));
        }

        private static String shown(String value) {
            return value == null || value.isBlank() ? "—" : value.strip();
        }
    }
}
