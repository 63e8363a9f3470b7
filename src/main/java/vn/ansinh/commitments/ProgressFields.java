package vn.ansinh.commitments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a form that records a party's progress, as typed: the status and the evidence by commitment
 * (statuses[12]=DONE, evidence[12]=«Đã tổ chức 3 buổi»). A form that carries them extends this.
 */
public class ProgressFields {

    private Map<Long, String> statuses = new LinkedHashMap<>();
    private Map<Long, String> evidence = new LinkedHashMap<>();

    /** The progress as typed, one entry per commitment named. */
    public List<ProgressEntry> progress() {
        return ProgressEntry.of(statuses, evidence);
    }

    /** The fields filled with what was recorded, for the commitments given. */
    public void fill(Map<Long, CommitmentProgress> recorded, List<Commitment> commitments) {
        commitments.stream().filter(c -> recorded.containsKey(c.id())).forEach(c -> {
            statuses.put(c.id(), recorded.get(c.id()).status().name());
            evidence.put(c.id(), recorded.get(c.id()).evidence() == null ? "" : recorded.get(c.id()).evidence());
        });
    }

    public Map<Long, String> getStatuses() {
        return statuses;
    }

    public void setStatuses(Map<Long, String> statuses) {
        this.statuses = statuses;
    }

    public Map<Long, String> getEvidence() {
        return evidence;
    }

    public void setEvidence(Map<Long, String> evidence) {
        this.evidence = evidence;
    }
}
