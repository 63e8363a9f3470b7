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
 * The «Thêm hộ» and «Sửa hộ» form: the household, its members (rows left empty are not members; the first is
 * the head, whose name is the household's) and, optionally, its classification in a year. version: the
 * household's as the user opened it for a correction (none when adding).
 */
record HouseholdForm(Long unitId, String code, String village, String address, String ethnicity, String phone,
        Area area, Integer year, Classification classification, PoorCategory category, CannotExitReason reason,
        List<MemberForm> members, Integer version) {

    /** The relation of the first member: the head. */
    static final String HEAD = "Chủ hộ";

    HouseholdForm {
        // a row sent with every cell empty binds to no member at all
        members = members == null ? new ArrayList<>() : new ArrayList<>(members.stream()
                .map(m -> m == null ? MemberForm.none() : m).toList());
    }

    /** An empty form: one row, the head's, the unit's area, and the classification of the year (empty). */
    static HouseholdForm empty(Long unitId, int year, Area area) {
        List<MemberForm> head = List.of(new MemberForm(null, null, null, HEAD, null, null, null, null, null));
        return new HouseholdForm(unitId, null, null, null, "Kinh", null, area, year, null, null, null, head, null);
    }

    /** The household as it is, to be corrected, with its status of the year (none: without one). */
    static HouseholdForm of(Household h, HouseholdStatus status, int year, int version) {
        List<MemberForm> rows = h.members().stream().map(MemberForm::of).toList();
        return new HouseholdForm(h.unitId(), h.code(), h.village(), h.address(), h.ethnicity(), h.phone(), h.area(),
                year, status == null ? null : status.classification(), status == null ? null : status.category(),
                status == null ? null : status.reason(), rows, version);
    }

    /** The form shown again: the rows that are not empty, in their order, or the head's row when there is none. */
    HouseholdForm withRows() {
        List<MemberForm> rows = members.stream().filter(m -> !m.blank()).toList();
        return new HouseholdForm(unitId, code, village, address, ethnicity, phone, area, year, classification, category,
                reason, rows.isEmpty() ? empty(unitId, 0, area).members() : rows, version);
    }

    /** The form as typed, carrying the version the user now saves over. */
    HouseholdForm atVersion(int newer) {
        return new HouseholdForm(unitId, code, village, address, ethnicity, phone, area, year, classification, category,
                reason, members, newer);
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

    /**
     * The household the form describes, its head the first member; without a commune chosen, of none (the form
     * says the commune is needed).
     */
    Household household() {
        List<Member> given = members.stream().filter(m -> !m.blank()).map(MemberForm::member).toList();
        String head = given.isEmpty() ? null : given.get(0).fullName();
        return new Household(null, unitId == null ? 0 : unitId, code, village, head, address, ethnicity, phone, area,
                given);
    }

    /** The status the form gives, or none when no classification was chosen. */
    HouseholdStatus status() {
        return classification == null || year == null ? null
                : new HouseholdStatus(year, classification, category, reason, null);
    }

    record MemberForm(String fullName, Sex sex, @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate, String relation,
            String citizenId, Boolean disability, Boolean healthInsurance, String education, String employment) {

        static MemberForm of(Member m) {
            return new MemberForm(m.fullName(), m.sex(), m.birthDate(), m.relation(), m.citizenId(), m.disability(),
                    m.healthInsurance(), m.education(), m.employment());
        }

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
