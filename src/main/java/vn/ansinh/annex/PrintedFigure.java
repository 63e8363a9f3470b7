package vn.ansinh.annex;

import java.math.BigDecimal;

/** A figure as the printed table shows it, and the number it reads as. */
public record PrintedFigure(String printed, BigDecimal amount) {
}
