package vn.ansinh.reporting.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;
import vn.ansinh.reporting.ReportNotFoundException;

/** A report, period or programme outside the scope: the page of 404, as for one that does not exist. */
@ControllerAdvice(assignableTypes = {ReportPageController.class, ReportFormController.class})
class ReportPageErrors {

    @ExceptionHandler(ReportNotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
