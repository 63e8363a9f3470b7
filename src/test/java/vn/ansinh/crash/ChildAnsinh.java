package vn.ansinh.crash;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ansinh started as an office starts it — its own JVM, an H2 file database in a folder, a real port — so that a
 * test can kill it as a power cut would ({@code kill -9}: no shutdown hook, no closing of the database) and open
 * the folder again. The classes are the build's own (the test classpath without the test classes).
 */
final class ChildAnsinh implements AutoCloseable {

    /** The options of application.yaml's database address, so the child runs with production's settings. */
    private static final String H2_OPTIONS = productionOptions();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path folder;
    private final int port;
    private final Process process;

    private ChildAnsinh(Path folder, int port, Process process) {
        this.folder = folder;
        this.port = port;
        this.process = process;
    }

    /** Starts ansinh on the folder's database (made on the first start, with the seed) and waits until it answers. */
    static ChildAnsinh start(Path folder) throws Exception {
        Files.createDirectories(folder);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", classpath(), "vn.ansinh.AnsinhApplication", "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("ansinh").toAbsolutePath() + H2_OPTIONS,
                "--ansinh.accounts.demo.file=" + folder.resolve("demo-accounts.txt").toAbsolutePath(),
                "--ansinh.backup.folder=" + folder.resolve("backups").toAbsolutePath(),
                "--logging.file.name=" + folder.resolve("ansinh.log").toAbsolutePath()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("console.log").toFile())).start();
        ChildAnsinh child = new ChildAnsinh(folder, port, process);
        child.awaitHealthy(Duration.ofSeconds(120));
        return child;
    }

    /** The password the first start gave the demo administrator «quantri». */
    String adminPassword() throws IOException {
        return Files.readAllLines(folder.resolve("demo-accounts.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("quantri\t")).map(line -> line.split("\t")[1]).findFirst().orElseThrow();
    }

    /** Posts a file to an upload of the API as the administrator; the answer's status (or -1 if the server died). */
    int upload(String path, String fileName, byte[] content, String password) {
        String boundary = "ansinh" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("quantri:" + password)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** As a power cut: SIGKILL, then wait until the process is gone (its database file is then free). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** A plain connection to the folder's database, the process being dead (H2 opens the file as it was left). */
    static Connection open(Path folder) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("ansinh").toAbsolutePath() + H2_OPTIONS,
                "sa", "");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitHealthy(Duration longest) throws Exception {
        long deadline = System.nanoTime() + longest.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("ansinh stopped while starting; see " + folder.resolve("console.log"));
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("ansinh did not answer within " + longest + "; see " + folder.resolve("console.log"));
    }

    private static String productionOptions() {
        try (var yaml = ChildAnsinh.class.getResourceAsStream("/application.yaml")) {
            String text = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
            java.util.regex.Matcher url = java.util.regex.Pattern.compile("url: jdbc:h2:file:\\./data/ansinh(;\\S+)")
                    .matcher(text);
            if (!url.find()) {
                throw new IllegalStateException("application.yaml names no H2 file database");
            }
            return url.group(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String classpath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
