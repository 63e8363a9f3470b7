package vn.ansinh.support;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many callers at once against a running ansinh over real HTTP: page sessions signed in through the
 * login form, API calls with HTTP Basic. For the load test and the load benchmark.
 */
public final class Load {

    /** One call: its status, body and how long it took. */
    public interface Call {
        HttpResponse<String> send(int caller) throws Exception;
    }

    private final String base;
    private final Map<String, String> basic = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public Load(String base) {
        this.base = base;
    }

    /** Remembers the user's password for HTTP Basic. */
    public void basic(String username, String password) {
        basic.put(username, Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> get(String username, String path) throws Exception {
        return send(username, "GET", path, null);
    }

    public HttpResponse<String> send(String username, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + basic.get(username)).header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sessions of the user (known to {@link #basic}), each signed in through the login form. */
    public List<Session> signIn(String username, int count) throws Exception {
        String password = new String(Base64.getDecoder().decode(basic.get(username)), StandardCharsets.UTF_8)
                .substring(username.length() + 1);
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(new Session(username, password));
        }
        return sessions;
    }

    /** Runs the calls, callers at once (one thread each), all starting together. */
    public Tally together(int callers, Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Result>> futures = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            int caller = i;
            futures.add(threads.submit(() -> {
                start.await();
                long began = System.nanoTime();
                HttpResponse<String> response = call.send(caller);
                return response == null ? null : new Result(response.statusCode(), response.body(), System.nanoTime() - began);
            }));
        }
        start.countDown();
        List<Result> results = new ArrayList<>();
        for (Future<Result> future : futures) {
            Result result = future.get(600, TimeUnit.SECONDS);
            if (result != null) {
                results.add(result);
            }
        }
        threads.shutdown();
        return new Tally(results);
    }

    /** Each caller calls again and again until the time is up (call counts its calls), all starting together. */
    public Tally during(int callers, Duration time, Call call) throws Exception {
        List<Result> results = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + time.toNanos();
        together(callers, caller -> {
            for (int n = 0; System.nanoTime() < end; n++) {
                long began = System.nanoTime();
                HttpResponse<String> response = call.send(caller * 1_000_000 + n);
                results.add(new Result(response.statusCode(), "", System.nanoTime() - began));
            }
            return null;
        });
        return new Tally(new ArrayList<>(results));
    }

    /** A number field of a JSON body, such as "id". */
    public static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + field + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    public record Result(int status, String body, long nanos) {
    }

    /** What came back: how many of each status, the bodies, the times. */
    public record Tally(List<Result> results) {

        public Map<Integer, Integer> statuses() {
            Map<Integer, Integer> counts = new TreeMap<>();
            results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
            return counts;
        }

        public List<String> bodies() {
            return results.stream().map(Result::body).toList();
        }

        /** The time within which the share (0.5, 0.99) of the calls answered, in milliseconds. */
        public double percentileMillis(double share) {
            List<Long> times = new ArrayList<>(results.stream().map(Result::nanos).toList());
            Collections.sort(times);
            int index = Math.min(times.size() - 1, (int) Math.ceil(share * times.size()) - 1);
            return times.get(Math.max(0, index)) / 1e6;
        }

        public long serverErrors() {
            return results.stream().filter(r -> r.status() >= 500).count();
        }
    }

    /** A browser's session: signed in through the login form, its cookie kept. */
    public final class Session {

        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();

        Session(String username, String password) throws Exception {
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
            if (!csrf.find()) {
                throw new AssertionError("no CSRF token on the login page");
            }
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
                throw new AssertionError("sign-in refused: " + signedIn.statusCode() + " " + signedIn.headers().map());
            }
        }

        public HttpResponse<String> get(String path) throws Exception {
            return browser.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
