package vn.ansinh.households.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import vn.ansinh.households.CannotExitReason;
import vn.ansinh.households.PoorCategory;
import vn.ansinh.households.ReviewDecision;
import vn.ansinh.households.ReviewOutcome;
import vn.ansinh.poverty.Classification;

/**
 * The outcomes of a page of the review, entered together: one date and decision for all, and per household
 * its outcome and what it becomes next year. A row left blank is no decision. The list's filters and page
 * come along so that the answer returns to the same page.
 */
record ReviewBatchForm(@DateTimeFormat(iso = ISO.DATE) LocalDate date, String decision, List<Row> rows, String village,
        String status, String state, Integer page) implements Serializable {

    ReviewBatchForm {
        rows = rows == null ? List.of() : rows.stream().filter(Objects::nonNull).toList();
        decision = decision == null || decision.isBlank() ? null : decision.strip();
    }

    /** The rows that were given something, as decisions; each names its household. */
    List<ReviewDecision> decisions() {
        List<ReviewDecision> decisions = new ArrayList<>();
        for (Row row : rows) {
            if (!row.blank()) {
                decisions.add(new ReviewDecision(row.household(), row.outcome(), date, decision, row.after(),
                        row.category(), row.reason(), null));
            }
        }
        return decisions;
    }

    /** What was typed for the household, if anything. */
    public Row row(long household) {
        return rows.stream().filter(r -> r.household() != null && r.household() == household).findFirst().orElse(null);
    }

    record Row(Long household, ReviewOutcome outcome, PoorCategory category, CannotExitReason reason,
            Classification after) implements Serializable {

        boolean blank() {
            return household == null || outcome == null && category == null && reason == null && after == null;
        }
    }
}
