package dev.stockadj.core.port.out;

import dev.stockadj.core.model.plan.AdjustmentDocument;

/**
 * Sends one adjustment document, once. Implementations never retry a request that may have
 * arrived; they report it as {@link VendorUnavailable} with {@code maybeSent} and let the core's
 * journal find out.
 *
 * @throws VendorFailure every way the send can fail
 */
public interface PostAdjustmentPort {
    PostedDocument post(AdjustmentDocument document);
}
