package dev.stockadj.qoyod;

import java.io.IOException;

/** An I/O failure that happened once a connection was open and the request was being written or answered. */
final class RequestMayHaveArrived extends IOException {
    RequestMayHaveArrived(IOException cause) {
        super("failed after the request was handed to the connection", cause);
    }
}
