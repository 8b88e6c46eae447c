package dev.stockadj.qoyod;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.core.model.Secret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A serializer that reads getters and record accessors (Jackson's default ObjectMapper) never reaches a secret's
 * value: a Secret, a record holding one and the Qoyod credential all serialize with {@code ****} in its place.
 */
class SecretSerializationTest {
    private static final String KEY = "qoyod-json-key-3130";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Holder(String host, Secret apiKey) {
    }

    @Test
    void jacksonSerializesASecretAndWhatHoldsOneWithoutTheValue() throws Exception {
        String secret = JSON.writeValueAsString(new Secret(KEY));
        String holder = JSON.writeValueAsString(new Holder("api.qoyod.com", new Secret(KEY)));
        String credential = JSON.writeValueAsString(QoyodCredential.accessToken(new Secret(KEY)));

        assertThat(secret).isEqualTo("{\"masked\":\"****\"}");
        assertThat(holder).isEqualTo("{\"host\":\"api.qoyod.com\",\"apiKey\":{\"masked\":\"****\"}}");
        assertThat(credential).contains("BEARER", "****").doesNotContain(KEY);
    }
}
