package dev.stockadj.core.model;

/** The identifier the vendor gave a posted document (Qoyod id, Order Time DocNo, Foodics id). */
public record VendorDocumentId(String value) {
    public VendorDocumentId {
        value = Text.require(value, "vendor document id", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
