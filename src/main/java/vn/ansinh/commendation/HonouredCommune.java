package vn.ansinh.commendation;

import java.util.List;

import vn.ansinh.households.HouseholdRef;

/** A commune of the programme and its households that left poverty during the year, honoured at its conference. */
public record HonouredCommune(long communeId, String name, List<HouseholdRef> households) {

    public HonouredCommune {
        households = List.copyOf(households);
    }
}
