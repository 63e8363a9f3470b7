package vn.ansinh.households.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;

/**
 * The «Thêm hộ» form: the household, its members (rows left empty are not members) and, optionally,
 * its classification in a year.
 */
record HouseholdForm(Long unitId, String code, String village, String headName, String address, String ethnicity,
        String phone, Area area, Integer year, Classification classification, PoorCategory category,
        CannotExitReason reason, List<MemberForm> members) {

    /** How many member rows an empty form offers. */
    static final int ROWS = 6;

    HouseholdForm {
        // a row sent with every cell empty binds to no member at all
        members = members == null ? new ArrayList<>() : new ArrayList<>(members.stream()
                .map(m -> m == null ? MemberForm.none() : m).toList());
    }

    static HouseholdForm empty(Long unitId, int year) {
        return new HouseholdForm(unitId, null, null, null, null, "Kinh", null, Area.RURAL, year, null, null, null,
                List.of()).withRows();
    }

    /** The form with at least the empty rows a household needs, and one more than it has. */
    HouseholdForm withRows() {
        List<MemberForm> rows = new ArrayList<>(members.stream().filter(m -> !m.blank()).toList());
        while (rows.size() < Math.max(ROWS, members.size())) {
            rows.add(MemberForm.none());
        }
        return new HouseholdForm(unitId, code, village, headName, address, ethnicity, phone, area, year, classification,
                category, reason, rows);
    }

    /** A field of a member row renamed by the row's place among the rows that are not empty: "members[3].x" → "members[1].x". */
    String shownField(String field) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("members\\[(\\d+)](.*)").matcher(field);
        if (!row.matches() || Integer.parseInt(row.group(1)) >= members.size()) {
            return field;
        }
        int index = Integer.parseInt(row.group(1));
        long before = members.subList(0, index).stream().filter(m -> !m.blank()).count();
        return "members[" + before + "]" + row.group(2);
    }

    /** The household the form describes; without a commune chosen, of none (the form says the commune is needed). */
    Household household() {
        return new Household(null, unitId == null ? 0 : unitId, code, village, headName, address, ethnicity, phone, area,
                members.stream().filter(m -> !m.blank()).map(MemberForm::member).toList());
    }

    /** The status the form gives, or none when no classification was chosen. */
    HouseholdStatus status() {
        return classification == null ? null : new HouseholdStatus(year, classification, category, reason, null);
    }

    record MemberForm(String fullName, Sex sex, @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate, String relation,
            String citizenId, Boolean disability, Boolean healthInsurance, String education, String employment) {

        static MemberForm none() {
            return new MemberForm(null, null, null, null, null, null, null, null, null);
        }

        boolean blank() {
            return empty(fullName) && sex == null && birthDate == null && empty(relation) && empty(citizenId)
                    && empty(education) && empty(employment);
        }

        Member member() {
            return new Member(fullName, sex, birthDate, relation, citizenId, Boolean.TRUE.equals(disability),
                    Boolean.TRUE.equals(healthInsurance), education, employment);
        }

        private static boolean empty(String text) {
            return text == null || text.isBlank();
        }
    }
}
