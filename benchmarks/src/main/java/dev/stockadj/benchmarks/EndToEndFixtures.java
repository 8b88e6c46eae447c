package dev.stockadj.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes what {@code benchmarks/end-to-end} plans: count files of a given number of lines, by item id and by SKU
 * ({@code item|sku,counted,unit_cost}), over a catalogue of products, and — for a catalogue larger than the Qoyod
 * sandbox's demo seed — the sandbox state file holding those products, in the stockadj home it is given.
 *
 * <p>Arguments: {@code OUT_FOLDER PRODUCTS LINES...}. {@code PRODUCTS = 0} names the demo seed's five widgets
 * (88, 91, 93, 95, 97; WID-A … WID-E) and writes no state; otherwise products 1…PRODUCTS ({@code SKU-n}), each
 * holding some stock at the demo inventory 12, written to {@code OUT_FOLDER/home/sandbox/qoyod.json}. Line
 * {@code i} counts product {@code i mod PRODUCTS}, so every product is counted {@code LINES / PRODUCTS} times and
 * those lines are summed; a product's lines carry one unit cost, as a real count's would.
 */
public final class EndToEndFixtures {
    private static final long[] DEMO_IDS = {88, 91, 93, 95, 97};
    private static final String[] DEMO_SKUS = {"WID-A", "WID-B", "WID-C", "WID-D", "WID-E"};

    private EndToEndFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int products = Integer.parseInt(args[1]);
        Files.createDirectories(out);
        if (products > 0) {
            Path sandbox = Files.createDirectories(out.resolve("home").resolve("sandbox"));
            writeState(sandbox.resolve("qoyod.json"), products);
        }
        for (int i = 2; i < args.length; i++) {
            int lines = Integer.parseInt(args[i]);
            writeCount(out.resolve("item-" + lines + ".csv"), "item", lines, products);
            writeCount(out.resolve("sku-" + lines + ".csv"), "sku", lines, products);
        }
    }

    private static void writeCount(Path file, String column, int lines, int products) throws IOException {
        int catalogue = products > 0 ? products : DEMO_IDS.length;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(column + ",counted,unit_cost\n");
            for (int i = 0; i < lines; i++) {
                int product = i % catalogue;
                String name = column.equals("item") ? String.valueOf(id(product, products)) : sku(product, products);
                out.write(name + "," + (i * 7 % 23) + (i % 3 == 0 ? ".5" : "") + "," + cost(product) + "\n");
            }
        }
    }

    private static long id(int product, int products) {
        return products > 0 ? product + 1L : DEMO_IDS[product];
    }

    private static String sku(int product, int products) {
        return products > 0 ? "SKU-" + (product + 1) : DEMO_SKUS[product];
    }

    private static String cost(int product) {
        return (product % 50 + 1) + "." + (product % 4) * 25;
    }

    /** The sandbox's state file (format 1): the demo inventories and accounts, and the generated products. */
    private static void writeState(Path file, int products) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"vendor\":\"qoyod\",\"format\":1,\"inventories\":[{\"id\":12,\"name\":\"Main Warehouse\","
                    + "\"arName\":\"Main\"},{\"id\":14,\"name\":\"Branch Store\",\"arName\":\"Branch\"}],"
                    + "\"accounts\":[{\"id\":101,\"code\":\"1101\",\"nameEn\":\"Cash\",\"type\":\"Asset\"},"
                    + "{\"id\":301,\"code\":\"4301\",\"nameEn\":\"Inventory Gains\",\"type\":\"Revenue\"},"
                    + "{\"id\":502,\"code\":\"5502\",\"nameEn\":\"Inventory Shrinkage\",\"type\":\"Expense\"}],"
                    + "\"products\":[");
            for (int p = 0; p < products; p++) {
                out.write((p == 0 ? "" : ",") + "{\"id\":" + (p + 1) + ",\"nameEn\":\"Product " + (p + 1)
                        + "\",\"sku\":\"SKU-" + (p + 1) + "\",\"barcode\":\"\",\"trackQuantity\":true,"
                        + "\"buyingPrice\":" + cost(p) + "}");
            }
            out.write("],\"stock\":{");
            for (int p = 0; p < products; p++) {
                out.write((p == 0 ? "" : ",") + "\"" + (p + 1) + "\":{\"12\":" + (p * 13 % 200) + "}");
            }
            out.write("},\"adjustments\":[],\"nextAdjustmentId\":4471,\"nextLineId\":9201}\n");
        }
    }
}
