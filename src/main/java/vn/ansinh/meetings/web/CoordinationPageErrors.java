package vn.ansinh.meetings.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.meetings.CoordinationNotFoundException;

/** A meeting, inspection or action item outside the scope (or one the user may not close): the page of 404. */
@ControllerAdvice(assignableTypes = {MeetingPagesController.class, InspectionPagesController.class,
        ActionItemPagesController.class, MinutesController.class})
class CoordinationPageErrors {

    @ExceptionHandler(CoordinationNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
