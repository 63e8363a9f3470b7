package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

import jakarta.servlet.RequestDispatcher;
import vn.ansinh.support.IntegrationTest;

/** A server error shows a reference id and no stack trace; the same id is in the server log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorReferenceTest {

    @Autowired
    ErrorAttributes errors;

    @Test
    void serverErrorGetsAReferenceLoggedWithTheException(CapturedOutput output) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/programmes/1");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/programmes/1");
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("hỏng ổ đĩa"));
        Map<String, Object> attributes = errors.getErrorAttributes(new ServletWebRequest(request),
                ErrorAttributeOptions.defaults());
        String reference = (String) attributes.get("reference");
        assertThat(reference).matches("[0-9A-F]{8}");
        assertThat(attributes).doesNotContainKeys("trace", "exception", "message");
        assertThat(output.getOut()).contains("Server error, reference " + reference, "hỏng ổ đĩa");
    }

    @Test
    void clientErrorsNeedNoReference() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 404);
        assertThat(errors.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults()))
                .doesNotContainKey("reference");
    }
}
