package dev.stockadj.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the properties file (UTF-8) and replaces {@code ${NAME}} in values by the environment
 * variable NAME. An explicit {@code --config} that does not exist is an error; a missing default
 * file is an empty configuration (enough for {@code --sandbox}).
 */
public final class ConfigLoader {
    public static final Path DEFAULT_FILE = Path.of("stockadj.properties");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Map<String, String> environment;

    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public Config load(Optional<Path> explicit) {
        Path file = explicit.orElse(DEFAULT_FILE);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            if (explicit.isPresent()) {
                throw new ConfigException("--config", "no such file: " + file);
            }
            return Config.empty();
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("--config", "cannot read " + file + " as a UTF-8 properties file: "
                    + e.getMessage());
        }
        Map<String, String> values = new HashMap<>();
        for (String key : properties.stringPropertyNames()) {
            values.put(key.strip(), expand(key.strip(), properties.getProperty(key)));
        }
        return new Config(values, file.toString());
    }

    private String expand(String key, String value) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = environment.get(m.group(1));
            if (replacement == null) {
                throw new ConfigException(key, "environment variable " + m.group(1) + " is not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
