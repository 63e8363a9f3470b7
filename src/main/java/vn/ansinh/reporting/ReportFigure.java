package vn.ansinh.reporting;

import java.math.BigDecimal;

/** A report's figure for an indicator; prefilled: taken from what ansinh knows (its registries and records). */
public record ReportFigure(long indicatorId, BigDecimal amount, boolean prefilled) {
}
