package vn.ansinh.meetings;

/** A joint inspection (kiểm tra) or a supervision (giám sát, as the Front and the associations do it). */
public enum InspectionKind {
    INSPECTION, SUPERVISION
}
