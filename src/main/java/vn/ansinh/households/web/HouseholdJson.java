package vn.ansinh.households.web;

import java.time.LocalDate;
import java.util.List;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.Sex;
import vn.ansinh.poverty.Area;
import vn.ansinh.poverty.Classification;

/** A household as the API takes and gives it; phone and citizen IDs masked for roles that may not see them. */
record HouseholdJson(Long id, Long unitId, String code, String village, String headName, String address,
        String ethnicity, String phone, Area area, List<MemberJson> members, StatusJson status,
        List<StatusJson> history) {

    /** disability and healthInsurance: false when not sent. */
    record MemberJson(String fullName, Sex sex, LocalDate birthDate, String relation, String citizenId,
            Boolean disability, Boolean healthInsurance, String education, String employment) {

        Member toMember() {
            return new Member(fullName, sex, birthDate, relation, citizenId, Boolean.TRUE.equals(disability),
                    Boolean.TRUE.equals(healthInsurance), education, employment);
        }

        static MemberJson of(Member m) {
            return new MemberJson(m.fullName(), m.sex(), m.birthDate(), m.relation(), m.citizenId(), m.disability(),
                    m.healthInsurance(), m.education(), m.employment());
        }
    }

    /** A status of a year: classification, and for a poor household its group and, if it cannot exit, why. */
    record StatusJson(Integer year, Classification classification, PoorCategory category, CannotExitReason reason,
            String note) {

        static StatusJson of(HouseholdStatus s) {
            return s == null ? null : new StatusJson(s.year(), s.classification(), s.category(), s.reason(), s.note());
        }

        HouseholdStatus toStatus(int year) {
            return new HouseholdStatus(year, classification, category, reason, note);
        }
    }

    Household toHousehold() {
        return new Household(id, unitId == null ? 0 : unitId, code, village, headName, address, ethnicity, phone, area,
                members == null ? List.of() : members.stream().map(MemberJson::toMember).toList());
    }

    static HouseholdJson of(Household h, HouseholdStatus status, List<HouseholdStatus> history) {
        return new HouseholdJson(h.id(), h.unitId(), h.code(), h.village(), h.headName(), h.address(), h.ethnicity(),
                h.phone(), h.area(), h.members().stream().map(MemberJson::of).toList(), StatusJson.of(status),
                history == null ? null : history.stream().map(StatusJson::of).toList());
    }
}
