package vn.ansinh.commitments.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.ansinh.commitments.CommitmentProgress;
import vn.ansinh.commitments.CommitmentStatus;
import vn.ansinh.commitments.ProgressEntry;
import vn.ansinh.commitments.ProgressPeriod;
import vn.ansinh.shared.FieldProblems;

/** Progress as typed: a status of theirs, done only with a line of evidence, evidence at most one line long. */
public final class ProgressRules {

    public static final int MAX_EVIDENCE = 500;

    private ProgressRules() {
    }

    public static String statusField(long commitmentId) {
        return "cs" + commitmentId;
    }

    public static String evidenceField(long commitmentId) {
        return "ce" + commitmentId;
    }

    public static FieldProblems problems(List<ProgressEntry> entries) {
        FieldProblems problems = new FieldProblems();
        for (ProgressEntry e : entries) {
            Optional<CommitmentStatus> status = status(e.status());
            String evidence = e.evidence() == null ? "" : e.evidence().strip();
            if (!blank(e.status()) && status.isEmpty()) {
                problems.add(statusField(e.commitmentId()), "catalogue.required");
            }
            if (status.filter(s -> s == CommitmentStatus.DONE).isPresent() && evidence.isEmpty()) {
                problems.add(evidenceField(e.commitmentId()), "commitments.progress.evidenceRequired");
            }
            if (evidence.length() > MAX_EVIDENCE) {
                problems.add(evidenceField(e.commitmentId()), "catalogue.tooLong", MAX_EVIDENCE);
            }
        }
        return problems;
    }

    /** The progress an entry records, or empty for one with no status. */
    public static Optional<CommitmentProgress> of(ProgressEntry e, ProgressPeriod period, String user, Instant at) {
        String evidence = e.evidence() == null || e.evidence().isBlank() ? null : e.evidence().strip();
        return status(e.status()).map(s -> new CommitmentProgress(e.commitmentId(), period.code(), period.endsOn(), s,
                evidence, user, at));
    }

    /** Whether the progress recorded says what is there already: then nothing is written or audited. */
    public static boolean same(Optional<CommitmentProgress> before, CommitmentProgress after) {
        return before.filter(b -> b.status() == after.status() && Objects.equals(b.evidence(), after.evidence()))
                .isPresent();
    }

    private static Optional<CommitmentStatus> status(String typed) {
        return Arrays.stream(CommitmentStatus.values()).filter(s -> s.name().equals(typed)).findFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
