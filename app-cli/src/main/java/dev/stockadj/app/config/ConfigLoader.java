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

/**
 * Reads the properties file (UTF-8); {@code ${NAME}} in a value is replaced by the environment
 * variable NAME when the value is read (so an unset variable only matters for a setting in use:
 * {@code --sandbox} ignores the credentials). An explicit {@code --config} that does not exist is an error; a missing default
 * file is an empty configuration (enough for {@code --sandbox}).
 */
public final class ConfigLoader {
    public static final Path DEFAULT_FILE = Path.of("stockadj.properties");

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
            values.put(key.strip(), properties.getProperty(key));
        }
        return new Config(values, environment, file.toString());
    }
}
