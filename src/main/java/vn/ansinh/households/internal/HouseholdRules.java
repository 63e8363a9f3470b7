package vn.ansinh.households.internal;

import java.util.List;
import java.util.regex.Pattern;

import vn.ansinh.households.Household;
import vn.ansinh.households.Member;
import vn.ansinh.shared.FieldProblems;

/**
 * What a household must be to be registered: a code given once in its commune, a head, an area,
 * members each with a name, sex and relation, citizen IDs of 12 digits (or the old 9), phones of
 * 9 to 11 digits. Problems by field: "code", "members[2].citizenId".
 */
public final class HouseholdRules {

    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{12}|\\d{9}");
    private static final Pattern PHONE = Pattern.compile("\\d{9,11}");
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._/-]+");

    private HouseholdRules() {
    }

    public static FieldProblems check(Household household, boolean codeTaken) {
        FieldProblems problems = new FieldProblems();
        problems.code("code", household.code(), CODE, "household.code.pattern", 40, code -> codeTaken);
        problems.text("headName", household.headName(), 200).required("area", household.area());
        optionalLength(problems, "village", household.village(), 200);
        optionalLength(problems, "address", household.address(), 300);
        optionalLength(problems, "ethnicity", household.ethnicity(), 60);
        if (household.phone() != null && !household.phone().isBlank() && !PHONE.matcher(household.phone()).matches()) {
            problems.add("phone", "household.phone.pattern", household.phone());
        }
        if (household.members().isEmpty()) {
            problems.add("members", "household.members.none");
        }
        List<Member> members = household.members();
        for (int i = 0; i < members.size(); i++) {
            member(problems, "members[" + i + "].", members.get(i));
        }
        return problems;
    }

    private static void member(FieldProblems problems, String prefix, Member member) {
        problems.text(prefix + "fullName", member.fullName(), 200).required(prefix + "sex", member.sex())
                .text(prefix + "relation", member.relation(), 40);
        String id = member.citizenId();
        if (id != null && !id.isBlank() && !CITIZEN_ID.matcher(id).matches()) {
            problems.add(prefix + "citizenId", "household.citizenId.pattern", id);
        }
        optionalLength(problems, prefix + "education", member.education(), 40);
        optionalLength(problems, prefix + "employment", member.employment(), 40);
    }

    private static void optionalLength(FieldProblems problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(field, "catalogue.tooLong", max);
        }
    }
}
