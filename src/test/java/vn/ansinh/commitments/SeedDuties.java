package vn.ansinh.commitments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.Yaml;

import vn.ansinh.programme.PartyRole;
import vn.ansinh.support.ProgrammeYaml;

/**
 * What the seed's data file says of duties, read from the file itself: the items of each duties section by the role
 * it binds, and how many parties each role binds — the coordinating unit, the organisations at it that are neither
 * its people's committee nor «other associations», and the units directly below it.
 */
record SeedDuties(Map<PartyRole, Integer> items, Map<PartyRole, Integer> parties) {

    @SuppressWarnings("unchecked")
    static SeedDuties read() {
        Map<String, Object> file = new Yaml().load(ProgrammeYaml.seed().text());
        Map<String, Object> programme = (Map<String, Object>) file.get("programme");
        String coordinating = (String) programme.get("coordinatingUnit");
        Map<PartyRole, Integer> items = new EnumMap<>(PartyRole.class);
        for (PartyRole role : PartyRole.values()) {
            items.put(role, 0);
        }
        duties((List<Map<String, Object>>) programme.get("sections"), items);
        int associations = (int) ((List<Map<String, Object>>) file.get("organisations")).stream()
                .filter(o -> coordinating.equals(o.get("unit")))
                .filter(o -> !Set.of("PEOPLES_COMMITTEE", "OTHER").contains(o.get("kind"))).count();
        int members = children(coordinating, (List<Map<String, Object>>) file.get("units")).size();
        Map<PartyRole, Integer> parties = new EnumMap<>(Map.of(PartyRole.COORDINATING_COMMITTEE, 1,
                PartyRole.FRONT_AND_ASSOCIATIONS, associations, PartyRole.MEMBER_COMMITTEES, members,
                PartyRole.ALL_PARTIES, 1 + associations + members));
        return new SeedDuties(items, parties);
    }

    /** Every commitment the duties make: each item times the parties its section's role binds. */
    int commitments() {
        return items.entrySet().stream().mapToInt(e -> e.getValue() * parties.get(e.getKey())).sum();
    }

    /** The commitments of one party of a role: its role's items and those all parties share. */
    int ofOneParty(PartyRole role) {
        return items.get(role) + items.get(PartyRole.ALL_PARTIES);
    }

    @SuppressWarnings("unchecked")
    private static void duties(List<Map<String, Object>> sections, Map<PartyRole, Integer> items) {
        for (Map<String, Object> section : sections == null ? List.<Map<String, Object>>of() : sections) {
            if ("DUTIES".equals(section.get("kind"))) {
                items.merge(PartyRole.valueOf((String) section.get("party")),
                        ((List<Object>) section.get("items")).size(), Integer::sum);
            }
            duties((List<Map<String, Object>>) section.get("sections"), items);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> children(String code, List<Map<String, Object>> units) {
        List<Object> found = new ArrayList<>();
        for (Map<String, Object> unit : units == null ? List.<Map<String, Object>>of() : units) {
            List<Map<String, Object>> below = (List<Map<String, Object>>) unit.get("children");
            if (code.equals(unit.get("code"))) {
                return new ArrayList<>(below == null ? List.of() : below);
            }
            found.addAll(children(code, below));
        }
        return found;
    }
}
