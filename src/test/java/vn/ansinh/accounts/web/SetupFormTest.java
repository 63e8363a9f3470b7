package vn.ansinh.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import jakarta.servlet.ServletContext;
import vn.ansinh.accounts.AccountException;
import vn.ansinh.accounts.internal.FirstAdministrator;
import vn.ansinh.support.IntegrationTest;

/**
 * The first administrator's setup form follows the form convention: a refusal is said beside its field
 * (422) and what was typed, passwords apart, is kept. The page is rendered with the application's own
 * templates and messages, since the shared test database already has users and so no /setup page.
 */
@IntegrationTest
class SetupFormTest {

    @Autowired
    SpringTemplateEngine templates;
    @Autowired
    ServletContext servletContext;
    @Autowired
    ApplicationContext application;

    @Test
    void aWeakPasswordIsSaidBesideThePasswordAndTheNamesAreKept() {
        FirstAdministrator first = mock(FirstAdministrator.class);
        when(first.needed()).thenReturn(true);
        when(first.create(any(), any(), any(), any()))
                .thenThrow(new AccountException("password", List.of("password.common")));
        var form = new SetupController.SetupForm("ABCD-EFGH", "quantri", "Nguyễn Văn Quản", "password1234", "password1234");
        ExtendedModelMap model = new ExtendedModelMap().addAttribute("form", form); // as @ModelAttribute binds it
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(new SetupController(first).create(form, model, response)).isEqualTo("accounts/setup");
        assertThat(response.getStatus()).isEqualTo(422);

        String page = render(model);
        assertThat(page).contains("id=\"password-problem\"").contains("Mật khẩu này quá phổ biến")
                .contains("value=\"quantri\"").contains("value=\"Nguyễn Văn Quản\"").contains("value=\"ABCD-EFGH\"")
                .doesNotContain("value=\"password1234\"").doesNotContain("id=\"confirmation-problem\"");
    }

    @Test
    void passwordsThatDifferAreSaidBesideTheConfirmation() {
        FirstAdministrator first = mock(FirstAdministrator.class);
        when(first.needed()).thenReturn(true);
        var form = new SetupController.SetupForm("ABCD-EFGH", "quantri", "Quản trị", "Mat-khau-2026", "Mat-khau-2027");
        ExtendedModelMap model = new ExtendedModelMap().addAttribute("form", form); // as @ModelAttribute binds it

        new SetupController(first).create(form, model, new MockHttpServletResponse());

        assertThat(render(model)).contains("id=\"confirmation-problem\"")
                .contains("Hai lần nhập mật khẩu không giống nhau.");
    }

    /** The page as the application renders it for a request (links, messages and beans included). */
    private String render(ExtendedModelMap model) {
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "POST", "/setup");
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, Locale.forLanguageTag("vi"), model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.process("accounts/setup", context);
    }
}
