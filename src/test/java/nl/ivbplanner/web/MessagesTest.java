package nl.ivbplanner.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void dutchAndEnglishHaveTheSameKeysAndNoEmptyText() throws Exception {
        Properties dutch = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(dutch.stringPropertyNames());
        assertThat(dutch.values())
                .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
        assertThat(english.values())
                .allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    @Test
    void everyMessageKeyThatATemplateUsesExists() throws Exception {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9.\\-]+)[}(]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A text with arguments ({0}) goes through MessageFormat, which reads a single apostrophe as the start of quoted
     * text: "next year's plan, version {0}" would show "{0}" and lose the apostrophe. Such texts write it twice.
     */
    @Test
    void anApostropheInATextWithArgumentsIsWrittenTwice() throws Exception {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern singleApostrophe = Pattern.compile("(?<!')'(?!')");
        Set<String> wrong = new HashSet<>();
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(file);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (argument.matcher(text).find()
                        && singleApostrophe.matcher(text).find()) {
                    wrong.add(file + ": " + key);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static Properties load(String file) throws Exception {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
