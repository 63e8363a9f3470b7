package vn.ansinh.annex;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What changes when tables are copied to a programme of another unit: the rows the function makes of each
 * table's own, each organisation's column given to the organisation the map names (unnamed ones stay), and
 * header labels the map renames («Xã, thị trấn» → «Thôn, tổ dân phố» when a commune's villages are the rows).
 */
public record LayoutChanges(UnaryOperator<List<AnnexRow>> rows, Map<Long, Long> organisations,
        Map<String, String> headerLabels) {

    public static final LayoutChanges NONE = new LayoutChanges(UnaryOperator.identity(), Map.of(), Map.of());

    public LayoutChanges {
        organisations = Map.copyOf(organisations);
        headerLabels = Map.copyOf(headerLabels);
    }

    public String label(String label) {
        return headerLabels.getOrDefault(label, label);
    }
}
