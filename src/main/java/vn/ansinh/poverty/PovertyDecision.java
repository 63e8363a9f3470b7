package vn.ansinh.poverty;

import java.util.List;

/** A classification and why: reason names the message, arguments fill it (amounts as printed). */
public record PovertyDecision(Classification classification, String reason, List<Object> arguments) {

    public PovertyDecision {
        arguments = List.copyOf(arguments);
    }

    static PovertyDecision of(Classification classification, String reason, Object... arguments) {
        return new PovertyDecision(classification, reason, List.of(arguments));
    }
}
