package vn.ansinh.households.internal.importing;

import java.util.ArrayList;
import java.util.List;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Member;

/**
 * A household as read from its rows: the commune, its code, its details (from its first row), its
 * members in file order with the head first, and the status of the year the list gives (null: none).
 */
final class ParsedHousehold {

    final int firstRow;
    final long unitId;
    final String code;
    final List<ParsedMember> members = new ArrayList<>();
    String village;
    String address;
    String ethnicity;
    String phone;
    vn.ansinh.poverty.Area area;
    HouseholdStatus status;
    /** The household's id: of the registered household it changes, or given when it is written. */
    Long existingId;
    /** Whether the household was in the registry before this list. */
    boolean wasRegistered;

    ParsedHousehold(int firstRow, long unitId, String code) {
        this.firstRow = firstRow;
        this.unitId = unitId;
        this.code = code;
    }

    /** The head first, then the others as listed. */
    List<Member> orderedMembers() {
        List<Member> ordered = new ArrayList<>();
        members.stream().filter(ParsedMember::head).forEach(m -> ordered.add(m.member()));
        members.stream().filter(m -> !m.head()).forEach(m -> ordered.add(m.member()));
        return ordered;
    }

    /** The row of a member as ordered (head first). */
    int rowOfOrdered(int index) {
        List<ParsedMember> ordered = new ArrayList<>(members.stream().filter(ParsedMember::head).toList());
        ordered.addAll(members.stream().filter(m -> !m.head()).toList());
        return index < ordered.size() ? ordered.get(index).row() : firstRow;
    }

    String headName() {
        return members.stream().filter(ParsedMember::head).map(m -> m.member().fullName()).findFirst().orElse(null);
    }

    Household toHousehold() {
        return new Household(existingId, unitId, code, village, headName(), address, ethnicity, phone, area,
                orderedMembers());
    }
}
