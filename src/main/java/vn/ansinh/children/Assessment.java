package vn.ansinh.children;

import java.util.List;
import java.util.Optional;

/**
 * A commune's assessment of a year against the set in force on 31/12 of it (null: none was), each criterion with its
 * mark (null: not assessed), and the result.
 */
public record Assessment(long unitId, int year, CriteriaSet set, List<Line> lines, ChildFriendlyResult result) {

    public record Line(Criterion criterion, CriterionMark mark) {

        public Optional<Boolean> met() {
            return Optional.ofNullable(mark).map(CriterionMark::met);
        }
    }
}
