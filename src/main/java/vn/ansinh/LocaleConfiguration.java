package vn.ansinh;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Vietnamese by default, English on request (?lang=en, remembered in a cookie). Messages live in
 * messages_vi.properties and messages_en.properties; there is deliberately no language-less
 * file, so the message source is declared here with Vietnamese as its fallback.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(VIETNAMESE);
        return messages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("ansinh-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            /** Only the languages ansinh speaks; any other value is ignored (a bad one once answered 500). */
            @Override
            protected Locale parseLocaleValue(String value) {
                return switch (value) {
                    case "vi", "vi-VN", "vi_VN" -> VIETNAMESE;
                    case "en" -> Locale.ENGLISH;
                    default -> throw new IllegalArgumentException("not a language of ansinh");
                };
            }
        };
        interceptor.setIgnoreInvalidLocale(true);
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
