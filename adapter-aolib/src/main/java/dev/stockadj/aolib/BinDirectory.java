package dev.stockadj.aolib;

import dev.stockadj.aolib.dto.EntityRef;
import dev.stockadj.aolib.dto.NamedRow;
import dev.stockadj.core.model.Bin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bins of one location, by name (what users write) and by id (accepted when no name matches). */
final class BinDirectory {

    private final Map<String, NamedRow> byName = new HashMap<>();
    private final Map<String, NamedRow> byId = new HashMap<>();

    BinDirectory(List<NamedRow> bins) {
        for (NamedRow bin : bins) {
            if (bin.id() == null) {
                continue;
            }
            byId.put(String.valueOf(bin.id()), bin);
            if (bin.name() != null) {
                byName.putIfAbsent(bin.name(), bin);
            }
        }
    }

    static BinDirectory empty() {
        return new BinDirectory(List.of());
    }

    Optional<EntityRef> find(Bin bin) {
        NamedRow row = byName.containsKey(bin.value()) ? byName.get(bin.value()) : byId.get(bin.value());
        return Optional.ofNullable(row).map(r -> new EntityRef(r.id(), r.name()));
    }
}
