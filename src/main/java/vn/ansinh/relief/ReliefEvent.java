package vn.ansinh.relief;

import java.time.LocalDate;
import java.util.List;

/** An event that struck communes on a day: its kind, its name («Bão số 4») and the communes it hit. */
public record ReliefEvent(long id, DisasterKind kind, String name, LocalDate struckOn, List<Long> unitIds) {

    public ReliefEvent {
        unitIds = List.copyOf(unitIds);
    }

    public boolean hit(long unitId) {
        return unitIds.contains(unitId);
    }
}
