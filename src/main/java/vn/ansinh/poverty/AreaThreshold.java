package vn.ansinh.poverty;

import java.math.BigDecimal;

/**
 * A standard's income lines for an area, in đồng per person and month: the poor line, and where the
 * standard has them the near-poor line (two-band rule) and the medium living standard line.
 */
public record AreaThreshold(Area area, BigDecimal poorLine, BigDecimal nearPoorLine, BigDecimal mediumLine) {
}
