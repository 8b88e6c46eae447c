package dev.stockadj.plumbing.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code User-Agent} every vendor request carries, {@code stockadj/<version>}: a vendor that looks into a
 * problem on its side can tell stockadj's requests, and which release sent them. The version is the one Maven
 * filtered into this jar ({@code dev} when run from sources that were not filtered).
 */
public final class UserAgent {
    /** {@code stockadj/<version>}. */
    public static final String VALUE = "stockadj/" + version();

    private UserAgent() {
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "dev";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stockadj version", e);
        }
        String version = properties.getProperty("version", "dev");
        return version.isBlank() || version.startsWith("${") ? "dev" : version;
    }
}
