package dev.stockadj.core.port.out;

import dev.stockadj.core.model.FieldError;

import java.util.List;
import java.util.stream.Collectors;

/** The vendor refused the request with field errors; nothing was recorded. */
public final class VendorRejected extends VendorFailure {
    private final List<FieldError> errors;

    public VendorRejected(List<FieldError> errors) {
        super("rejected by the vendor: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")),
                null);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
