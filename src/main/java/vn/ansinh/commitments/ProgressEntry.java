package vn.ansinh.commitments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A party's progress on one commitment as typed in a form: the status's name (blank: not reported) and the evidence. */
public record ProgressEntry(long commitmentId, String status, String evidence) {

    /** The entries of a form's two fields by commitment: statuses[12]=DONE, evidence[12]=«Đã tổ chức 3 buổi». */
    public static List<ProgressEntry> of(Map<Long, String> statuses, Map<Long, String> evidence) {
        Set<Long> ids = new LinkedHashSet<>(statuses.keySet());
        ids.addAll(evidence.keySet());
        List<ProgressEntry> entries = new ArrayList<>();
        ids.forEach(id -> entries.add(new ProgressEntry(id, statuses.get(id), evidence.get(id))));
        return entries;
    }
}
