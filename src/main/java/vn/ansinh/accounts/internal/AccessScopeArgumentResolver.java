package vn.ansinh.accounts.internal;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.shared.AccessScope;
import vn.ansinh.shared.PersonalDataViews;

/**
 * Gives controllers the signed-in user's {@link AccessScope} as a parameter, so pages and API
 * pass it down into every query. Never bound from request parameters; an API read without a stated purpose
 * gets it without personal data ({@link PersonalDataViews#forApi}).
 */
@Component
class AccessScopeArgumentResolver implements HandlerMethodArgumentResolver {

    private final AccessScopes scopes;

    AccessScopeArgumentResolver(AccessScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return AccessScope.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        AccessScope scope = scopes.of(authentication);
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        return http == null ? scope : PersonalDataViews.forApi(scope, http);
    }
}
