package vn.ansinh;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Gives every page the links to itself with a parameter changed (paging, language), as {@code here}. */
@ControllerAdvice
class RequestLinksAdvice {

    @ModelAttribute("here")
    RequestLinks here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return RequestLinks.of(path, request.getParameterMap());
    }
}
