package vn.ansinh.annex;

import java.math.BigDecimal;
import java.util.Optional;

/** Where some inputs of a table come from instead of the figures entered: a registry, a person list. */
@FunctionalInterface
public interface InputSource {

    /** The row's input for the column from this source; empty: keep the figure entered. */
    Optional<BigDecimal> input(ComputedRow row, AnnexColumn column);
}
