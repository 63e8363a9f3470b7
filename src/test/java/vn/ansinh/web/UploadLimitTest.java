package vn.ansinh.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.ansinh.support.ServerTest;

/**
 * A file larger than ansinh takes (20 MB) is refused by ansinh itself, through the real container, in
 * Vietnamese: as JSON from the API, as an alert to an htmx form, as the error page to a plain form —
 * never Tomcat's English page; a file within the limit goes on as before.
 */
@ServerTest
class UploadLimitTest {

    private static final String BOUNDARY = "ansinh-test-boundary";
    private static final int TOO_LARGE = 21 * 1024 * 1024;

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theApiAnswersInJson() throws Exception {
        HttpResponse<String> response = post("/api/v1/programme-files?dryRun=true", TOO_LARGE, null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"upload.tooLarge\"").contains("\"status\":413").contains("\"title\":\"Quá lớn\"")
                .contains("Tệp gửi lên lớn quá: ansinh nhận tệp đến 20 MB. Không có gì được ghi.");
    }

    @Test
    void anHtmxFormGetsAnAlertInPlace() throws Exception {
        HttpResponse<String> response = post("/programmes/1/imports", TOO_LARGE, "true");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).startsWith("<div class=\"alert alert-danger\" role=\"alert\" id=\"upload-too-large\">")
                .contains("ansinh nhận tệp đến 20 MB");
    }

    @Test
    void aPlainFormGetsTheErrorPage() throws Exception {
        HttpResponse<String> response = post("/imports/programme", TOO_LARGE, null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<html lang=\"vi\"").contains("id=\"upload-too-large\"")
                .contains("ansinh nhận tệp đến 20 MB").doesNotContain("HTTP Status 413");
    }

    @Test
    void aFileWithinTheLimitGoesOnToBeSignedIn() throws Exception {
        HttpResponse<String> response = post("/api/v1/programme-files?dryRun=true", 1024 * 1024, null);

        assertThat(response.statusCode()).as("refused for want of an account, not for its size").isEqualTo(401);
    }

    private HttpResponse<String> post(String path, int size, String htmx) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(size)));
        if (htmx != null) {
            request.header("HX-Request", htmx);
        }
        if (!path.startsWith("/api/")) {
            request.header("Accept", "text/html,application/xhtml+xml"); // as a browser sends a form
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] body(int size) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, size - tail.length, tail.length);
        return body;
    }
}
