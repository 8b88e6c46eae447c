package dev.stockadj.plumbing.http;

import dev.stockadj.core.model.Secret;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import okhttp3.HttpUrl;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The configured origin written in any case is the origin: scheme and host are compared ignoring case. */
class OriginCredentialsProperties {
    private static final Map<String, Secret> KEY = Map.of("API-KEY", new Secret("key-1"));

    @Property
    void theSameOriginWrittenInAnyCaseIsTheOrigin(@ForAll boolean upperScheme, @ForAll long caseBits) {
        String host = "api.vendor.example";
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            mixed.append((caseBits >> (i % 64) & 1) == 1 ? Character.toUpperCase(c) : c);
        }
        OriginCredentials credentials = new OriginCredentials(URI.create((upperScheme ? "HTTPS" : "https") + "://"
                + mixed + "/v5"), KEY);

        assertThat(credentials.sameOrigin(HttpUrl.get("https://api.vendor.example/v5/items"))).isTrue();
        assertThat(credentials.sameOrigin(HttpUrl.get("https://" + host.toUpperCase(Locale.ROOT) + ":443/x"))).isTrue();
    }
}
