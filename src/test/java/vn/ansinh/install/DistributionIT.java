package vn.ansinh.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as an office installs it (./mvnw -Pdist verify): unpacked into an empty folder, the port set
 * in ansinh.properties, started with ansinh.sh from another folder (as systemd does), answering, stopped, started
 * again on the same data.
 */
class DistributionIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    @TempDir
    Path temp;

    @Test
    void startsFromACleanFolderAnswersStopsAndKeepsItsFolders() throws Exception {
        Path archive = Path.of(System.getProperty("ansinh.dist", "target/none.tar.gz"));
        assumeTrue(Files.isRegularFile(archive), "no distribution yet (built by ./mvnw -Pdist verify): " + archive);
        Path home = unpack(archive);
        assertThat(Files.isExecutable(home.resolve("ansinh.sh"))).isTrue();
        assertThat(Files.readString(home.resolve("ansinh.cmd"))).contains("\r\n");
        assertThat(home.resolve("service/ansinh.service")).isRegularFile();
        assertThat(home.resolve("service/ansinh-service.xml")).isRegularFile();
        int port = freePort();
        setPort(home, port);

        Installed first = Installed.start(home, temp.resolve("first.out"), port, START_LIMIT);
        first.stop();
        assertThat(answers(port)).as("nothing answers once ansinh.sh has stopped").isFalse();
        assertThat(temp.resolve("data")).as("nothing written where the script was started from").doesNotExist();
        assertThat(home.resolve("data/ansinh.mv.db")).isNotEmptyFile();
        assertThat(home.resolve("backups")).isDirectory();
        assertThat(Files.readString(home.resolve("logs/ansinh.log"))).contains("/setup");

        Installed second = Installed.start(home, temp.resolve("second.out"), port, START_LIMIT);
        second.stop();
        assertThat(Files.readString(temp.resolve("second.out"))).contains("Schema \"public\" is up to date");
        assertThat(home.resolve("backups")).isDirectory();
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket("localhost", port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private Path unpack(Path archive) throws Exception {
        Process tar = new ProcessBuilder("tar", "xzf", archive.toAbsolutePath().toString(), "-C", temp.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        return temp.resolve("ansinh");
    }

    private static void setPort(Path home, int port) throws IOException {
        Path settings = home.resolve("ansinh.properties");
        String text = Files.readString(settings);
        assertThat(text).contains("server.port=8080");
        Files.writeString(settings, text.replace("server.port=8080", "server.port=" + port));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** ansinh started by its script, called by its full path from the folder above the installation. */
    private record Installed(Process process, Path output) {

        static Installed start(Path home, Path output, int port, Duration limit) throws Exception {
            ProcessBuilder builder = new ProcessBuilder(home.resolve("ansinh.sh").toString())
                    .directory(home.getParent().toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            long started = System.nanoTime();
            Installed installed = new Installed(builder.start(), output);
            installed.awaitHealth(port, limit);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("ansinh.sh answered on port %d after %.1f s%n", port, seconds);
            return installed;
        }

        private void awaitHealth(int port, Duration limit) throws Exception {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI address = URI.create("http://localhost:" + port + "/actuator/health");
            HttpRequest health = HttpRequest.newBuilder(address).build();
            long deadline = System.nanoTime() + limit.toNanos();
            while (System.nanoTime() < deadline) {
                assertThat(process.isAlive()).as("ansinh.sh stopped early:%n%s", tail()).isTrue();
                try {
                    HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            process.destroyForcibly();
            throw new AssertionError("no answer within " + limit + ":\n" + tail());
        }

        /** The stop a service manager sends (SIGTERM); Java's 143 is a clean stop. */
        void stop() throws Exception {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
            assertThat(process.exitValue()).as("exit code:%n%s", tail()).isIn(0, 143);
        }

        private String tail() throws IOException {
            String text = Files.readString(output);
            return text.substring(Math.max(0, text.length() - 4000));
        }
    }
}
