package vn.ansinh.targets;

import java.math.BigDecimal;

/** A target: the committed amount and, where one was given, the higher level's plan beside it. */
public record TargetFigure(BigDecimal amount, BigDecimal planAmount) {
}
