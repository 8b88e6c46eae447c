package dev.stockadj.core.service;

import dev.stockadj.core.model.ItemId;
import dev.stockadj.core.model.count.CountLine;

import java.util.List;

/**
 * A count's lines as planning sums them: each with the vendor item it names, its SKU resolved. Read by index, so a
 * million resolved lines are neither copied nor given an item each: the item is looked up as a line is read.
 */
interface CountLines {
    int size();

    CountLine line(int index);

    ItemId item(int index);

    /** Lines that already name vendor items; a line with an unresolved SKU is a programming error. */
    static CountLines of(List<CountLine> lines) {
        return new CountLines() {
            @Override
            public int size() {
                return lines.size();
            }

            @Override
            public CountLine line(int index) {
                return lines.get(index);
            }

            @Override
            public ItemId item(int index) {
                CountLine line = lines.get(index);
                if (!(line.item() instanceof ItemId item)) {
                    throw new IllegalArgumentException("line " + line.lineNo() + " names an unresolved SKU");
                }
                return item;
            }
        };
    }
}
