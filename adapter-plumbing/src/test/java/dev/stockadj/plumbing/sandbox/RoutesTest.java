package dev.stockadj.plumbing.sandbox;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RoutesTest {
    private static Inbound request(String method, String path) {
        return new Inbound(method, path, Map.of(), Map.of(), new byte[0], Instant.EPOCH, Map.of());
    }

    private final Routes routes = new Routes()
            .on("GET", "/products", r -> Answer.text(200, "list"))
            .on("GET", "/products/{id}", r -> Answer.text(200, "product " + r.param("id")))
            .on("DELETE", "/products/{id}", r -> Answer.text(200, "deleted " + r.param("id")))
            .on("GET", "/branches/{branch}/levels/{item}", r -> Answer.text(200, r.param("branch") + "/" + r.param("item")));

    @Test
    void answersWithTheRouteOfTheMethodAndPathGivingItItsSegments() throws IOException {
        assertThat(routes.answer(request("GET", "/products")).bodyText()).isEqualTo("list");
        assertThat(routes.answer(request("GET", "/products/88")).bodyText()).isEqualTo("product 88");
        assertThat(routes.answer(request("DELETE", "/products/88")).bodyText()).isEqualTo("deleted 88");
        assertThat(routes.answer(request("GET", "/branches/b1/levels/i2")).bodyText()).isEqualTo("b1/i2");
    }

    @Test
    void emptySegmentsDoNotCount() throws IOException {
        assertThat(routes.answer(request("GET", "products/")).bodyText()).isEqualTo("list");
        assertThat(routes.answer(request("GET", "//products//88")).bodyText()).isEqualTo("product 88");
    }

    @Test
    void anUnknownPathIsNotFoundAndAnotherMethodNotAllowedSayingWhichAre() throws IOException {
        Answer unknown = routes.answer(request("GET", "/products/88/stock"));
        Answer wrongMethod = routes.answer(request("PUT", "/products/88"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.headers()).containsEntry("Allow", "GET, DELETE");
    }

    @Test
    void aVendorGivesItsOwnNotFoundAndNotAllowed() throws IOException {
        Routes vendor = Routes.answering(r -> Answer.html(404, "no " + r.path()), r -> Answer.json(405, "{}"))
                .on("GET", "/a", r -> Answer.text(200, "a"));

        assertThat(vendor.answer(request("GET", "/b")).bodyText()).isEqualTo("no /b");
        assertThat(vendor.answer(request("POST", "/a")).isJson()).isTrue();
        assertThat(vendor.notFound(request("GET", "/outside")).status()).isEqualTo(404);
        assertThat(Routes.answering(r -> Answer.empty(404)).on("GET", "/a", r -> Answer.empty(200))
                .answer(request("POST", "/a")).status()).isEqualTo(405);
    }

    @Test
    void pathsAndMethodsMatchExactlyUnlessCaseIsIgnored() throws IOException {
        Routes exact = new Routes().on("POST", "/Adjustment", r -> Answer.empty(200));
        Routes relaxed = exact.ignoringCase();

        assertThat(exact.answer(request("POST", "/adjustment")).status()).isEqualTo(404);
        assertThat(relaxed.answer(request("post", "/ADJUSTMENT")).status()).isEqualTo(200);
    }
}
