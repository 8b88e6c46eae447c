package dev.stockadj.core.model.plan;

import dev.stockadj.core.model.Quantity;

/** Which way stock moved: found (gain), lost (loss), or as booked (match). */
public enum Direction {
    GAIN, LOSS, MATCH;

    public static Direction of(Quantity variance) {
        return switch (variance.signum()) {
            case 1 -> GAIN;
            case -1 -> LOSS;
            default -> MATCH;
        };
    }
}
