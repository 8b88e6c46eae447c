package dev.stockadj.app.config;

import dev.stockadj.app.logging.Logging;
import dev.stockadj.core.model.Secret;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of one run: the properties file with {@code ${ENV}} already expanded. Every getter
 * that fails throws a {@link ConfigException} naming the key and, where it helps, the value as
 * written in the file: never expanded, since an environment variable may hold a secret (a URL's
 * user info, say).
 */
public final class Config {
    private static final Pattern SHORT_DURATION = Pattern.compile("([0-9]{1,6})\\s*(s|m|h)");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Map<String, String> values;
    private final Map<String, String> environment;
    private final String source;

    /** Settings whose values may name environment variables as {@code ${NAME}}. */
    public Config(Map<String, String> values, Map<String, String> environment, String source) {
        this.values = Map.copyOf(new TreeMap<>(values));
        this.environment = Map.copyOf(environment);
        this.source = source;
    }

    public static Config empty() {
        return new Config(Map.of(), Map.of(), "no configuration file");
    }

    /** Where the settings came from, for messages. */
    public String source() {
        return source;
    }

    public Optional<String> get(String key) {
        String value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String expanded = expand(key, value);
        return expanded.isBlank() ? Optional.empty() : Optional.of(expanded.strip());
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

    public String require(String key) {
        return get(key).orElseThrow(() -> new ConfigException(key, "missing setting (in " + source + ")"));
    }

    /** A credential; it travels in a request header, so it must be printable ASCII. */
    public Secret secret(String key) {
        return new Secret(Logging.masked(headerText(key)));
    }

    public Optional<Secret> optionalSecret(String key) {
        return get(key).map(value -> new Secret(Logging.masked(headerSafe(key, value))));
    }

    /**
     * A required value that is sent as a request header (a credential, an email): printable ASCII
     * (0x20–0x7E) only. The message names the key and never shows the value, which an HTTP client
     * would refuse, quoting it.
     */
    public String headerText(String key) {
        return headerSafe(key, require(key));
    }

    private static String headerSafe(String key, String value) {
        if (!Secret.headerSafe(value)) {
            throw new ConfigException(key, "must be printable ASCII (0x20-0x7E: no accents, no control characters,"
                    + " no space at either end); the value is not shown");
        }
        return value;
    }

    /** The value as the file has it, {@code ${NAME}} unexpanded: what messages may show. */
    private String asWritten(String key) {
        return values.getOrDefault(key, "").strip();
    }

    public int positiveInt(String key, int fallback) {
        return positiveInt(key, fallback, Integer.MAX_VALUE);
    }

    /** A whole number from 1 to {@code max} (what the adapter's settings accept), else {@code fallback} when unset. */
    public int positiveInt(String key, int fallback, int max) {
        Optional<String> text = get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        String range = max == Integer.MAX_VALUE ? "1 or more" : "from 1 to " + max;
        if (!text.get().matches("[+-]?[0-9]+")) {
            throw new ConfigException(key, "must be a whole number, " + range + ", not '" + asWritten(key) + "'");
        }
        BigInteger value = new BigInteger(text.get());
        if (value.signum() < 1 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new ConfigException(key, "must be " + range + ", not '" + asWritten(key) + "'");
        }
        return value.intValueExact();
    }

    /**
     * A length of time: {@code 90s}, {@code 5m}, {@code 1h}, or ISO-8601 ({@code PT5M}), from {@code min} to
     * {@code max}.
     */
    public Duration duration(String key, Duration fallback, Duration min, Duration max) {
        Optional<String> text = get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        String value = text.get().strip().toLowerCase(Locale.ROOT);
        Duration parsed;
        try {
            Matcher unit = SHORT_DURATION.matcher(value);
            if (unit.matches()) {
                long amount = Long.parseLong(unit.group(1));
                parsed = switch (unit.group(2)) {
                    case "s" -> Duration.ofSeconds(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofHours(amount);
                };
            } else {
                parsed = Duration.parse(value.toUpperCase(Locale.ROOT));
            }
        } catch (DateTimeParseException e) {
            throw new ConfigException(key, "must be a length of time such as 90s, 5m or 1h, not '" + asWritten(key) + "'");
        }
        if (parsed.compareTo(min) < 0 || parsed.compareTo(max) > 0) {
            throw new ConfigException(key, "must be from " + min.toSeconds() + " s to " + max.toHours() + " h, not '"
                    + asWritten(key) + "'");
        }
        return parsed;
    }

    /**
     * A vendor base URL: HTTPS, or plain HTTP only when its host is loopback (a local sandbox), and
     * nothing beyond scheme, host, port and path: credentials travel in headers, never in the URL.
     */
    public URI baseUrl(String key, URI fallback) {
        Optional<String> text = get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        URI uri;
        try {
            uri = new URI(text.get());
        } catch (URISyntaxException e) {
            throw new ConfigException(key, "not a URL: " + e.getReason());
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            throw new ConfigException(key, "not an absolute URL with a host: '" + asWritten(key) + "'");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigException(key, "must be scheme, host, port and path only: no user info, query or"
                    + " fragment (credentials have settings of their own)");
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && loopback(uri.getHost())) {
            return uri;
        }
        throw new ConfigException(key, "must be an https:// URL (plain http only for a loopback host), not '"
                + asWritten(key) + "'");
    }

    static boolean loopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name other than localhost: never resolved here
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
