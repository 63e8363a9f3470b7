package vn.ansinh;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Errors the servlet container answers before ansinh sees the request (a URL it cannot decode, a bad request line):
 * ansinh's plain page in Vietnamese and English with a reference for a server error, or a problem on the API —
 * never Tomcat's own page. Runs after Spring Boot's own setting of the container, replacing its error valve.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            for (Valve valve : context.getParent().getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    context.getParent().getPipeline().removeValve(valve);
                }
            }
            ((org.apache.catalina.core.StandardHost) context.getParent()).setErrorReportValveClass(Page.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The container's error answer: no stack trace, no server name, the same words as ansinh's error page. */
    public static class Page extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(Page.class);

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (status < 400 || response.getContentWritten() > 0 || !writable.get()) {
                return;
            }
            String reference = status >= 500 ? ErrorConfiguration.ReferencedErrorAttributes.newReference() : null;
            if (reference != null) {
                log.error("Server error, reference {} ({} {})", reference, status, request.getRequestURI(), throwable);
            }
            try {
                boolean api = String.valueOf(request.getRequestURI()).startsWith("/api/");
                response.setContentType(api ? "application/problem+json" : "text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? problem(status, reference) : page(status, reference));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("The error answer could not be written", e);
            }
        }

        private static String problem(int status, String reference) {
            return "{\"type\":\"about:blank\",\"title\":\"Yêu cầu không hợp lệ\",\"status\":" + status
                    + ",\"detail\":\"Không đọc được yêu cầu (đường dẫn hoặc dòng yêu cầu sai).\",\"code\":\"api.problem.unreadable\""
                    + (reference == null ? "" : ",\"reference\":\"" + reference + "\"") + "}";
        }

        private static String page(int status, String reference) {
            String said = status >= 500 ? "Đã có lỗi khi xử lý yêu cầu. Vui lòng thử lại; nếu lỗi còn, hãy báo cho quản trị viên."
                    + " / The request could not be handled. Try again; if it persists, tell the administrator."
                    : "Không đọc được yêu cầu: đường dẫn sai. / The request could not be read: the address is wrong.";
            return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Có lỗi · ansinh</title>"
                    + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/dist/css/bootstrap.min.css\"></head>"
                    + "<body><main class=\"container py-4\"><h1 class=\"h3\">Có lỗi / Error</h1><p>" + said + "</p>"
                    + (reference == null ? "" : "<p class=\"text-muted\">Mã tham chiếu lỗi / Reference: " + reference + "</p>")
                    + "<p><a href=\"/\">Về trang chủ / Home</a></p></main></body></html>";
        }
    }
}
