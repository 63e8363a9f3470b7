package vn.ansinh.backups.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A refused restore ends the start with Spring Boot's «APPLICATION FAILED TO START» block — why and what to do —
 * instead of a screen of stack trace in which the reason is hard to find.
 */
class RestoreFailureAnalyzer extends AbstractFailureAnalyzer<RestoreRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RestoreRefusedException cause) {
        String description = cause.getMessage().substring(0, cause.getMessage().length() - cause.action().length())
                .strip();
        return new FailureAnalysis(description, cause.action(), cause);
    }
}
