package vn.ansinh.relief;

import java.util.List;

/** An event as typed: the kind, the name, the day it struck as printed ("05/09/2024"), the communes it hit. */
public record ReliefEventDraft(DisasterKind kind, String name, String struckOn, List<Long> unitIds) {

    public ReliefEventDraft {
        unitIds = unitIds == null ? List.of() : unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    public static ReliefEventDraft empty(Long unitId) {
        return new ReliefEventDraft(null, "", "", unitId == null ? List.of() : List.of(unitId));
    }
}
