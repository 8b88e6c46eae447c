package dev.stockadj.costadj.sandbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The variants in force, shared by the parts of one sandbox. Thread-safe. */
final class Variants {
    private final Set<Variant> active = ConcurrentHashMap.newKeySet();

    void set(Variant variant, boolean on) {
        if (on) {
            active.add(variant);
        } else {
            active.remove(variant);
        }
    }

    boolean has(Variant variant) {
        return active.contains(variant);
    }
}
