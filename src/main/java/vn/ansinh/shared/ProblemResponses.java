package vn.ansinh.shared;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's problem body (RFC 9457) written where no controller is reached — an upload refused before it is
 * read, a request refused by the security filters — in the shape the API's advice gives every other refusal:
 * type, title, status, detail, instance and code.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail, String instance,
            String code) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":" + status
                + ",\"detail\":" + json(detail) + ",\"instance\":" + json(instance) + ",\"code\":" + json(code) + "}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
