package vn.ansinh.privacy.web;

import java.util.Arrays;
import java.util.Optional;

import vn.ansinh.shared.AccessPurpose;
import vn.ansinh.shared.FieldProblems;

/**
 * The purpose form: why the user looks at personal data (one of the fixed list, required) and the page to go
 * back to — only a path of ansinh itself, never another site.
 */
record PurposeForm(String purpose, String next) {

    Optional<AccessPurpose> chosen() {
        return Arrays.stream(AccessPurpose.values()).filter(p -> p.name().equals(purpose)).findFirst();
    }

    FieldProblems problems() {
        return chosen().isPresent() ? new FieldProblems() : new FieldProblems().add("purpose", "privacy.purpose.required");
    }

    /** Where to go once chosen: the page asked for, if it is one of ansinh's own; otherwise the home page. */
    String safeNext() {
        boolean own = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().noneMatch(Character::isISOControl);
        return own ? next : "/";
    }
}
