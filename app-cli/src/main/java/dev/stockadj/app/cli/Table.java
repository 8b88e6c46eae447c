package dev.stockadj.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A plain-text table: a header row and rows, columns padded to their widest cell. Rows are held by the table, or,
 * for a table as long as a count ({@link #print(PrintWriter, List, int, IntFunction)}), made when needed and never
 * held.
 */
final class Table {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(String... header) {
        this.header = List.of(header);
    }

    Table row(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out) {
        print(out, header, rows.size(), rows::get);
    }

    /**
     * The header and {@code size} rows made by {@code row}, each made twice — once for the columns' widths, once to
     * print — and let go at once: a million-line variance table held as cells was five million strings, the most
     * memory a large {@code plan} needed.
     */
    static void print(PrintWriter out, List<String> header, int size, IntFunction<List<String>> row) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (int r = 0; r < size; r++) {
            List<String> cells = row.apply(r);
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], cells.get(i).length());
            }
        }
        print(out, header, widths);
        for (int r = 0; r < size; r++) {
            print(out, row.apply(r), widths);
        }
    }

    private static void print(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(i == 0 ? "" : "  ");
            line.append(cell).append(" ".repeat(widths[i] - cell.length()));
        }
        out.println(line.toString().stripTrailing());
    }
}
