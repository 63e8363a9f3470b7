package vn.ansinh.commendation;

import java.math.BigDecimal;

import vn.ansinh.shared.Party;

/**
 * A unit or organisation proposed for commendation, with its result as the ranking gave it when proposed (its rank,
 * its mean share of targets met in percent, how many targets) and why; commended once the decision named it.
 */
public record Nominee(Party party, String name, int rank, BigDecimal score, int targets, String reason,
        boolean commended) {
}
