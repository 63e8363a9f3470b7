package vn.ansinh.children;

import java.time.LocalDate;

/** A case of child abuse or an accident in a commune: the day, the kind, the child's age and sex, how it was handled. */
public record ChildCase(long id, long unitId, LocalDate occurredOn, CaseKind kind, int age, Sex sex, String handling) {
}
