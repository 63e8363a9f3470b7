package vn.ansinh.checks.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.ansinh.checks.FigureChecks;
import vn.ansinh.checks.Finding;
import vn.ansinh.shared.AccessScope;

/** Findings of a programme as the user's scope sees them, explained in the reader's language. */
@Component
class FindingViews {

    private final FigureChecks checks;
    private final MessageSource messages;

    FindingViews(FigureChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    /** 404 for a programme the user may not read, as for one that does not exist. */
    List<FindingJson> findings(long programmeId, Locale locale, AccessScope scope) {
        List<Finding> findings = checks.findings(programmeId, scope)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "programme"));
        return findings.stream().map(f -> json(f, locale)).toList();
    }

    private FindingJson json(Finding finding, Locale locale) {
        String explanation = messages.getMessage("finding.rule." + finding.rule().name(),
                finding.ruleArguments().toArray(), locale);
        return new FindingJson(finding.table(), finding.row(), finding.column(), finding.printedValue(),
                finding.printed(), finding.computedValue(), finding.computed(), finding.rule().name(), explanation,
                finding.excerpt());
    }
}
