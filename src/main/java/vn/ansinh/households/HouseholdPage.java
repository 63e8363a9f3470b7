package vn.ansinh.households;

import java.util.List;

/** A page of a register: households with their status in the year (null: none recorded), and how many there are. */
public record HouseholdPage(int year, long total, int offset, List<Entry> households) {

    public record Entry(Household household, HouseholdStatus status) {
    }
}
