package vn.ansinh.shared;

import java.beans.PropertyEditorSupport;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Trims every text a page form sends, once, before it reaches the form object: a blank field arrives as
 * none (null), so "required" is one check everywhere. Only form objects (@ModelAttribute) are trimmed —
 * a required @RequestParam sent blank would otherwise be "missing" — and passwords never: a space is a
 * character of a password, and signing in does not trim it either.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void trimBlanks(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            return;
        }
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        for (String secret : new String[] {"password", "confirmation"}) {
            binder.registerCustomEditor(String.class, secret, new AsTyped());
        }
    }

    /** A text kept exactly as typed. */
    private static final class AsTyped extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }
}
