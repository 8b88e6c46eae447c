package dev.stockadj.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final URI FALLBACK = URI.create("https://api.qoyod.com/2.0");

    @TempDir
    Path folder;

    private Config load(String text, Map<String, String> env) throws Exception {
        Path file = Files.writeString(folder.resolve("stockadj.properties"), text);
        return new ConfigLoader(env).load(Optional.of(file));
    }

    @Test
    void expandsEnvironmentVariablesInValues() throws Exception {
        Config config = load("qoyod.api-key = ${QOYOD_KEY}\nqoyod.base-url=https://${HOST}/2.0\n",
                Map.of("QOYOD_KEY", "k-123", "HOST", "api.example.com"));

        assertThat(config.secret("qoyod.api-key").reveal()).isEqualTo("k-123");
        assertThat(config.baseUrl("qoyod.base-url", FALLBACK)).isEqualTo(URI.create("https://api.example.com/2.0"));
    }

    @Test
    void anUnsetVariableNamesTheKeyAndTheVariableWhenTheSettingIsRead() throws Exception {
        Config config = load("qoyod.api-key = ${NOT_SET}\nvendor=qoyod\n", Map.of());

        assertThat(config.get("vendor")).contains("qoyod");
        assertThatThrownBy(() -> config.secret("qoyod.api-key"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("qoyod.api-key").hasMessageContaining("NOT_SET");
    }

    @Test
    void aMissingSettingNamesItsKeyAndFile() throws Exception {
        Config config = load("vendor=qoyod\n", Map.of());

        assertThatThrownBy(() -> config.require("qoyod.inventory-id")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("qoyod.inventory-id").hasMessageContaining("stockadj.properties");
        assertThat(((ConfigException) org.assertj.core.api.Assertions.catchThrowable(
                () -> config.require("qoyod.inventory-id"))).key()).isEqualTo("qoyod.inventory-id");
    }

    @Test
    void refusesPlainHttpExceptOnLoopback() throws Exception {
        Config config = load("a=http://api.qoyod.com/2.0\nb=http://127.0.0.1:8080/x\nc=http://localhost:1/\n"
                + "d=http://[::1]:9/\ne=ftp://host/\nf=not a url\n", Map.of());

        assertThatThrownBy(() -> config.baseUrl("a", FALLBACK)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("a: ").hasMessageContaining("https");
        assertThat(config.baseUrl("b", FALLBACK).getPort()).isEqualTo(8080);
        assertThat(config.baseUrl("c", FALLBACK).getHost()).isEqualTo("localhost");
        assertThat(config.baseUrl("d", FALLBACK).getPort()).isEqualTo(9);
        assertThatThrownBy(() -> config.baseUrl("e", FALLBACK)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> config.baseUrl("f", FALLBACK)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("f: ");
        assertThat(config.baseUrl("unset", FALLBACK)).isEqualTo(FALLBACK);
    }

    @Test
    void aNumberMustBeAPositiveWholeNumber() throws Exception {
        Config config = load("n=abc\nz=0\nok=30\n", Map.of());

        assertThatThrownBy(() -> config.positiveInt("n", 1)).hasMessageContaining("n: ");
        assertThatThrownBy(() -> config.positiveInt("z", 1)).hasMessageContaining("1 or more");
        assertThat(config.positiveInt("ok", 1)).isEqualTo(30);
        assertThat(config.positiveInt("absent", 7)).isEqualTo(7);
    }

    @Test
    void aNumberIsCheckedAgainstTheMostTheAdapterAccepts() throws Exception {
        Config config = load("max=60000\nabove=60001\nhuge=99999999999999999999\nsigned=+12\n", Map.of());

        assertThat(config.positiveInt("max", 1, 60_000)).isEqualTo(60_000);
        assertThat(config.positiveInt("signed", 1, 60_000)).isEqualTo(12);
        assertThatThrownBy(() -> config.positiveInt("above", 1, 60_000)).isInstanceOf(ConfigException.class)
                .hasMessage("above: must be from 1 to 60000, not '60001'");
        assertThatThrownBy(() -> config.positiveInt("huge", 1)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("huge: must be 1 or more");
    }

    @Test
    void aCredentialOrHeaderValueThatIsNotPrintableAsciiIsRefusedNamingTheKeyNeverTheValue() throws Exception {
        Config config = load("""
                qoyod.api-key=${KEY}
                ordertime.password=pass\\tword-secret
                ordertime.email=jürgen@example.com
                foodics.token=fine-token-1
                """, Map.of("KEY", "clé-secrète-99"));

        assertThatThrownBy(() -> config.secret("qoyod.api-key")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("qoyod.api-key: must be printable ASCII").message()
                .doesNotContain("clé", "secrète-99");
        assertThatThrownBy(() -> config.optionalSecret("ordertime.password")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ordertime.password:").message().doesNotContain("word-secret");
        assertThatThrownBy(() -> config.headerText("ordertime.email")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ordertime.email:").message().doesNotContain("jürgen");
        assertThat(config.secret("foodics.token").reveal()).isEqualTo("fine-token-1");
    }

    @Test
    void anExplicitFileThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(Optional.of(folder.resolve("none.properties"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("--config");
    }

    @Test
    void aSecretFromTheEnvironmentNeverShowsInTheErrorsAboutTheSettingHoldingIt() throws Exception {
        Config config = load("""
                qoyod.base-url=http://svc:${QOYOD_API_KEY}@api.qoyod.com/2.0
                foodics.base-url=https://api.foodics.com/v5?token=${QOYOD_API_KEY}
                ordertime.base-url=ftp://${QOYOD_API_KEY}.example.com/api
                qoyod.requests-per-minute=${QOYOD_API_KEY}
                qoyod.api-key=${QOYOD_API_KEY}
                """, Map.of("QOYOD_API_KEY", "live-secret-123"));

        for (String key : new String[] {"qoyod.base-url", "foodics.base-url", "ordertime.base-url"}) {
            assertThatThrownBy(() -> config.baseUrl(key, FALLBACK)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining(key).message().doesNotContain("live-secret-123");
        }
        assertThatThrownBy(() -> config.positiveInt("qoyod.requests-per-minute", 300))
                .hasMessageContaining("${QOYOD_API_KEY}").message().doesNotContain("live-secret-123");
        assertThat(config.secret("qoyod.api-key").toString()).doesNotContain("live-secret-123");
    }

    @Test
    void aBaseUrlWithUserInfoAQueryOrAFragmentIsRefused() throws Exception {
        Config config = load("""
                a=https://user:pw@api.example.com/2.0
                b=https://api.example.com/2.0?x=1
                c=https://api.example.com/2.0#top
                d=https://api.example.com:8443/2.0
                """, Map.of());

        for (String key : new String[] {"a", "b", "c"}) {
            assertThatThrownBy(() -> config.baseUrl(key, FALLBACK)).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("no user info, query or fragment");
        }
        assertThat(config.baseUrl("d", FALLBACK)).isEqualTo(URI.create("https://api.example.com:8443/2.0"));
    }
}
