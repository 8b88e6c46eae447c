package dev.stockadj.core.model.cost;

import java.util.Locale;

/** A cost adjustment is a draft (editable) until closed (costs applied, immutable). */
public enum CostAdjustmentStatus {
    DRAFT, CLOSED;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CostAdjustmentStatus parse(String text) {
        for (CostAdjustmentStatus s : values()) {
            if (s.cliName().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "'; use draft or closed");
    }
}
