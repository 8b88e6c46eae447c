package dev.stockadj.aolib;

import dev.stockadj.aolib.dto.ListFilter;
import dev.stockadj.aolib.dto.ListInfo;
import dev.stockadj.aolib.dto.Sortation;

import java.util.List;

/** The {@code /list} queries the adapter makes: record types, page size and sort order. */
final class Queries {

    static final int ADJUSTMENT = 1;
    static final int ITEM = 115;
    static final int LOCATION = 150;
    static final int BIN = 151;
    static final int ACCOUNT = 350;
    static final int LOT_OR_SERIAL = 1100;
    static final int INVENTORY = 1110;

    /** The most values one "in" filter carries; larger sets are queried in chunks. */
    static final int MAX_IN_VALUES = 500;

    private Queries() {
    }

    static ListInfo of(int type, String sortBy, ListFilter... filters) {
        return new ListInfo(type, List.of(filters), new Sortation(sortBy, 1), 1, ListInfo.MAX_RECORDS);
    }

    static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < values.size(); from += MAX_IN_VALUES) {
            chunks.add(values.subList(from, Math.min(values.size(), from + MAX_IN_VALUES)));
        }
        return chunks;
    }
}
