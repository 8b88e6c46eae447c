package dev.stockadj.costadj;

import dev.stockadj.core.model.UserId;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.costadj.dto.Named;

import java.util.Objects;
import java.util.Optional;

/** The {@code creator_id} for writes: from the settings, or asked of {@code GET /whoami} once. */
final class CreatorLookup {
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
            Named me = decoder.single(exchange.read(api.whoami()), Named.class);
            if (me.id() == null || me.id().isBlank()) {
                throw new VendorProtocolError("Foodics /whoami answered no user id", null);
            }
            creator = Optional.of(new UserId(me.id()));
        }
        return creator.get();
    }
}
