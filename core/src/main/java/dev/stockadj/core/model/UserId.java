package dev.stockadj.core.model;

/** A vendor user (Foodics creator or poster). */
public record UserId(String value) {
    public UserId {
        value = Text.require(value, "user id", 128);
    }

    @Override
    public String toString() {
        return value;
    }
}
