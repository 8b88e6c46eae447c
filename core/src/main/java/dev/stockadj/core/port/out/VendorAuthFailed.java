package dev.stockadj.core.port.out;

/** Authentication or permission refused (401/403). Never retried: vendors block clients that do. */
public final class VendorAuthFailed extends VendorFailure {
    private final int status;

    public VendorAuthFailed(int status, String message) {
        super(message, null);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
