package vn.ansinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every UI string exists in Vietnamese and in English, and every key the code uses exists. */
class MessagesTest {

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages_vi.properties").stringPropertyNames());
    }

    @Test
    void noKeyIsGivenTwiceAndNoMergeLeftoversRemain() throws IOException {
        for (String name : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            java.util.List<String> keys = Files.readAllLines(Path.of("src/main/resources", name)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("=", 2)[0].strip()).toList();
            assertThat(keys).as(name).doesNotHaveDuplicates()
                    .noneMatch(key -> key.startsWith("<<<<<<<") || key.startsWith(">>>>>>>") || key.startsWith("======="));
        }
    }

    @Test
    void vietnameseMessagesAreNotEmpty() throws IOException {
        Properties vi = load("messages_vi.properties");
        assertThat(vi.stringPropertyNames()).allSatisfy(key -> assertThat(vi.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyLiteralKeyInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = load("messages_vi.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates"), Pattern.compile("#\\{([a-zA-Z][\\w.]+)[(}]"), used);
        collect(Path.of("src/main/java"), Pattern.compile("\"((?:intake|annex|finding|error)\\.[a-z][\\w.]*[A-Za-z])\""), used);
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    into.add(matcher.group(1));
                }
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
