package vn.ansinh;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors never show a stack trace. A server error gets a reference id, logged with the exception,
 * and shown to the user (page and JSON alike) so the administrator can find the log line.
 */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration {

    @Bean
    DefaultErrorAttributes errorAttributes() {
        return new ReferencedErrorAttributes();
    }

    static class ReferencedErrorAttributes extends DefaultErrorAttributes {

        private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);
        private static final SecureRandom RANDOM = new SecureRandom();

        @Override
        public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
            Map<String, Object> attributes = super.getErrorAttributes(request, options);
            Object status = attributes.get("status");
            Object limit = request.getAttribute(UploadLimitFilter.LIMIT_ATTRIBUTE, WebRequest.SCOPE_REQUEST);
            if (limit != null) {
                attributes.put("uploadLimit", limit);
            }
            if (status instanceof Integer code && code >= 500) {
                String reference = newReference();
                attributes.put("reference", reference);
                log.error("Server error, reference {} ({} {})", reference, code, attributes.get("path"), getError(request));
            }
            return attributes;
        }

        static String newReference() {
            byte[] bytes = new byte[4];
            RANDOM.nextBytes(bytes);
            return HexFormat.of().withUpperCase().formatHex(bytes);
        }
    }
}
