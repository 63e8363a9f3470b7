package vn.ansinh.households;

import java.util.List;

import vn.ansinh.poverty.Area;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalData;

/**
 * A household of a commune: its code in the commune's register, village, head, address, ethnicity,
 * phone (personal data), the area its income line is of, and its members.
 */
public record Household(Long id, long unitId, String code, String village, String headName, String address,
        String ethnicity, String phone, Area area, List<Member> members) {

    public Household {
        members = List.copyOf(members);
    }

    /** As the scope may see it: phone and citizen IDs masked for roles without access to personal data. */
    public Household seenBy(AccessScope scope) {
        if (scope.personalData()) {
            return this;
        }
        return new Household(id, unitId, code, village, headName, address, ethnicity, PersonalData.mask(phone), area,
                members.stream().map(Member::masked).toList());
    }
}
