package vn.ansinh.attainment;

import java.math.BigDecimal;
import java.util.List;

/**
 * One computed target of a programme: its kind, the indicator it fills (null when the programme states it in words
 * only), the figure the programme set for it (9 of «9/9 xã»; null when none), and each commune's attainment.
 */
public record ComputedTarget(ComputedTargetKind kind, String indicatorCode, BigDecimal target,
        List<CommuneAttainment> communes) {

    public ComputedTarget {
        communes = List.copyOf(communes);
    }

    /** How many communes meet it, as «k» of «k/n». */
    public long meeting() {
        return communes.stream().filter(CommuneAttainment::meets).count();
    }
}
