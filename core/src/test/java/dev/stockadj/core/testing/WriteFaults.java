package dev.stockadj.core.testing;

import dev.stockadj.core.model.FieldError;
import dev.stockadj.core.port.out.VendorAuthFailed;
import dev.stockadj.core.port.out.VendorProtocolError;
import dev.stockadj.core.port.out.VendorRateLimited;
import dev.stockadj.core.port.out.VendorRejected;
import dev.stockadj.core.port.out.VendorUnavailable;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What an {@link InMemoryVendor.Fault} throws around one write (a post, a delete, a cost adjustment's create),
 * written once so the three writes fail alike: {@link #before} throws the faults that stop the write from landing,
 * {@link #after} the ones that strike once it has.
 *
 * @param what      what is written, in messages ("request", "delete")
 * @param rejection the field error a {@code REJECT} carries
 * @param expected  the answer a {@code PROTOCOL_AFTER_LANDING} did not get ("JSON", "true")
 */
record WriteFaults(String what, FieldError rejection, int authStatus, String authMessage, String expected) {
    static final WriteFaults POST = new WriteFaults("request", new FieldError("line_items", "is invalid"), 401,
            "unauthorised", "JSON");
    static final WriteFaults COST = new WriteFaults("request", new FieldError("items", "are invalid"), 401,
            "unauthorised", "JSON");
    static final WriteFaults DELETE = new WriteFaults("delete", new FieldError("docNo", "cannot be deleted"), 403,
            "forbidden", "true");

    /** Throws what {@code fault} (null for none) throws before the vendor records anything. */
    void before(InMemoryVendor.Fault fault) {
        if (fault == null) {
            return;
        }
        switch (fault) {
            case REJECT -> throw new VendorRejected(List.of(rejection));
            case AUTH -> throw new VendorAuthFailed(authStatus, authMessage);
            case RATE_LIMIT -> throw new VendorRateLimited(Optional.of(Duration.ofSeconds(2)));
            case REFUSED -> throw new VendorUnavailable(false, "connection refused", null);
            case LOST -> throw new VendorUnavailable(true, "read timed out", null);
            case CRASH_BEFORE_LANDING -> throw new InMemoryVendor.SimulatedCrash("killed before the " + what
                    + " arrived");
            default -> {
                // the others strike after the write landed
            }
        }
    }

    /** Throws what {@code fault} throws once the vendor has {@code landed} ("recorded KEY", "deleted ID"). */
    void after(InMemoryVendor.Fault fault, String landed) {
        if (fault == InMemoryVendor.Fault.LANDED_THEN_LOST) {
            throw new VendorUnavailable(true, "connection reset after the " + what + " was written", null);
        }
        if (fault == InMemoryVendor.Fault.CRASH_AFTER_LANDING) {
            throw new InMemoryVendor.SimulatedCrash("killed after the vendor " + landed);
        }
        if (fault == InMemoryVendor.Fault.PROTOCOL_AFTER_LANDING) {
            throw new VendorProtocolError("expected " + expected + ", got text/html", null);
        }
    }
}
