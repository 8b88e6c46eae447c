package dev.stockadj.costadj;

import dev.stockadj.plumbing.http.Exchange;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorProtocolError;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code creator_id} for writes: from the settings, or asked of {@code GET /whoami} once.
 * Foodics answers the token's user nested, {@code {"data": {"user": {"id", ...}, "business":
 * {...}}}}, and clients take {@code data.user.id} [seen]; the user at {@code data.id}, or the
 * object without its {@code data} wrapper (as one copy of the reference shows it), is read too.
 */
final class CreatorLookup {
    static final String WAY_OUT = "set foodics.creator-id (FoodicsSettings.withCreatorId) to the id of the"
            + " Foodics user to record as creator";
    private static final List<String> PLACES = List.of("/data/user/id", "/data/id", "/user/id");

    private final FoodicsApi api;
    private final Exchange exchange;
    private final Decoder decoder;
    private Optional<UserId> creator;

    CreatorLookup(Optional<UserId> configured, FoodicsApi api, Exchange exchange, Decoder decoder) {
        this.creator = Objects.requireNonNull(configured, "configured is required");
        this.api = api;
        this.exchange = exchange;
        this.decoder = decoder;
    }

    synchronized UserId creator() {
        if (creator.isEmpty()) {
            creator = Optional.of(asked());
        }
        return creator.get();
    }

    private UserId asked() {
        JsonNode me;
        try {
            me = decoder.tree(exchange.read(api.whoami()));
        } catch (VendorAuthFailed e) {
            if (e.status() == 403) {
                throw new VendorAuthFailed(403, e.getMessage() + "; GET /whoami may need the scope general.read: "
                        + "grant it or " + WAY_OUT);
            }
            throw e;
        } catch (VendorProtocolError e) {
            throw new VendorProtocolError(e.getMessage() + " to GET /whoami; " + WAY_OUT, null);
        }
        return PLACES.stream().map(me::at).map(Lenient::text).flatMap(Optional::stream).findFirst()
                .map(UserId::new)
                .orElseThrow(() -> new VendorProtocolError("Foodics /whoami answered no user id (looked at data.user.id"
                        + " and data.id); " + WAY_OUT, null));
    }
}
