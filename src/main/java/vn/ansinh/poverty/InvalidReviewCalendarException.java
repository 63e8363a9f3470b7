package vn.ansinh.poverty;

import vn.ansinh.shared.FieldProblems;
import vn.ansinh.shared.InvalidChangeException;

/** A period of the review calendar not added because of what was entered. */
public class InvalidReviewCalendarException extends InvalidChangeException {

    public InvalidReviewCalendarException(FieldProblems problems) {
        super("reviewCalendar", problems);
    }
}
