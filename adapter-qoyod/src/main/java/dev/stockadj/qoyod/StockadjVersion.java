package dev.stockadj.qoyod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version this jar was built as, for the User-Agent (filtered in by Maven). */
final class StockadjVersion {
    private StockadjVersion() {
    }

    static String userAgent() {
        return "stockadj/" + version();
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = StockadjVersion.class.getResourceAsStream("version.properties")) {
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
