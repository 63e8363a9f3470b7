package vn.ansinh.commendation;

import java.math.BigDecimal;

import vn.ansinh.shared.Party;

/** A commune or organisation as the dashboard ranks it for commendation: rank, mean share of targets met, targets. */
public record Candidate(Party party, String name, int rank, BigDecimal score, int targets) {
}
