package dev.stockadj.costadj.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The demo data every sandbox starts with (examples/foodics uses it). */
final class Seed {
    static final String TOKEN = "sandbox-foodics-token";
    static final String RIYADH = "b-riyadh-1";
    static final String JEDDAH = "b-jeddah-1";
    static final String USER = "u-demo-1";
    static final String OTHER_USER = "u-demo-2";
    static final String USER_EMAIL = "manager@demo.example";
    static final String BUSINESS = "biz-demo-1";
    static final String BUSINESS_NAME = "Demo Bakery";
    static final int BUSINESS_REFERENCE = 526215;

    static final Map<String, String> BRANCHES = Map.of(RIYADH, "Riyadh Olaya", JEDDAH, "Jeddah Tahlia");
    static final Map<String, String> USERS = Map.of(USER, "Demo Manager", OTHER_USER, "Demo Accountant");

    static final List<SeedItem> ITEMS = List.of(
            item("i-flour-25kg", "FLOUR-25KG", "Flour 25 kg", "42.5", "120", "80"),
            item("i-oil-5l", "OIL-5L", "Sunflower oil 5 L", "31.75", "40", "25"),
            item("i-sugar-10kg", "SUGAR-10KG", "Sugar 10 kg", "28", "60", "30"),
            item("i-rice-5kg", "RICE-5KG", "Basmati rice 5 kg", "36.9", "75", "50"),
            item("i-tomato-kg", "TOMATO-KG", "Tomatoes per kg", "4.25", "18.5", "12"),
            new SeedItem("i-cheese-2kg", "CHEESE-2KG", "Mozzarella 2 kg", new BigDecimal("54"),
                    Map.of(RIYADH, new BigDecimal("22"))));

    private Seed() {
    }

    private static SeedItem item(String id, String sku, String name, String cost, String riyadh, String jeddah) {
        return new SeedItem(id, sku, name, new BigDecimal(cost),
                Map.of(RIYADH, new BigDecimal(riyadh), JEDDAH, new BigDecimal(jeddah)));
    }
}
