package vn.ansinh.commendation;

import java.util.List;
import java.util.Map;

/** The proposal as ticked: the party keys proposed («UNIT:5»), and the reason typed per party key. */
public record ProposalDraft(List<String> proposed, Map<String, String> reasons) {

    public ProposalDraft {
        proposed = proposed == null ? List.of() : List.copyOf(proposed);
        reasons = reasons == null ? Map.of() : Map.copyOf(reasons);
    }

    public boolean ticks(String key) {
        return proposed.contains(key);
    }

    public String reason(String key) {
        return reasons.getOrDefault(key, "");
    }
}
