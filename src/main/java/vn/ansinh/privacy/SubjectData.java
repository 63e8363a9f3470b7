package vn.ansinh.privacy;

import java.util.List;

import vn.ansinh.households.Household;
import vn.ansinh.households.HouseholdStatus;
import vn.ansinh.households.Support;
import vn.ansinh.labour.LabourRecord;

/** Everything ansinh holds about one citizen ID: the households they are a member of, and their labour records. */
public record SubjectData(String citizenId, List<HeldHousehold> households, List<LabourRecord> labourRecords) {

    public SubjectData {
        households = List.copyOf(households);
        labourRecords = List.copyOf(labourRecords);
    }

    public boolean isEmpty() {
        return households.isEmpty() && labourRecords.isEmpty();
    }

    /** A household with its commune's name, its statuses year by year and the support it received. */
    public record HeldHousehold(Household household, String commune, List<HouseholdStatus> statuses,
            List<Support> support) {

        public HeldHousehold {
            statuses = List.copyOf(statuses);
            support = List.copyOf(support);
        }
    }
}
