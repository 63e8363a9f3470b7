package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.support.ServerTest;

/**
 * What the servlet container answers itself — a bad language, a broken URL, a made-up Host — is ansinh's answer: its
 * error page (or a problem on the API), never Tomcat's own page; and no redirect names the Host a request made up.
 */
@ServerTest
class RawErrorsTest {

    @LocalServerPort
    int port;

    @Test
    void aBadLanguageIsIgnored() throws Exception {
        for (String lang : new String[] {"xx_YY_zz!", "%3Cscript%3E", "en%3B", "a%20b", "%00", "vi-VN-x-abcdefghijkl"}) {
            String answer = send("GET /login?lang=" + lang + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(lang).startsWith("HTTP/1.1 200").contains("Đăng nhập").doesNotContain("Apache Tomcat");
        }
    }

    @Test
    void aBrokenUrlGetsAnsinhsPageAndTheApiAProblem() throws Exception {
        String page = send("GET /programmes/% HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(page).startsWith("HTTP/1.1 400").contains("Có lỗi").doesNotContain("Apache Tomcat");
        String api = send("GET /api/v1/programmes/% HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(api).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("Apache Tomcat");
    }

    @Test
    void aRedirectNeverNamesTheHostARequestMadeUp() throws Exception {
        String answer = send("GET /programmes/1 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login").doesNotContain("evil.example");
    }

    private String send(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
