package dev.stockadj.qoyod.sandbox;

import java.math.BigDecimal;
import java.util.Map;

/** The demo account {@code examples/qoyod} is written against; see {@link QoyodSandbox}. */
final class DemoSeed {
    private DemoSeed() {
    }

    static void into(SandboxData data) {
        data.addInventory(new SandboxData.Inventory(QoyodSandbox.MAIN_WAREHOUSE, "Main Warehouse", "المستودع الرئيسي"));
        data.addInventory(new SandboxData.Inventory(QoyodSandbox.BRANCH_STORE, "Branch Store", "مستودع الفرع"));
        data.addAccount(new SandboxData.Account(101, "1101", "Cash", "Asset"));
        data.addAccount(new SandboxData.Account(QoyodSandbox.GAINS_ACCOUNT, "4301", "Inventory Gains", "Revenue"));
        data.addAccount(new SandboxData.Account(QoyodSandbox.SHRINKAGE_ACCOUNT, "5502", "Inventory Shrinkage", "Expense"));
        product(data, QoyodSandbox.WIDGET_A, "Widget A", "WID-A", "6281000000088", "12.50", "40", "5");
        product(data, QoyodSandbox.WIDGET_B, "Widget B", "WID-B", "6281000000091", "4.00", "130", "0");
        product(data, QoyodSandbox.WIDGET_C, "Widget C", "WID-C", "6281000000093", "22.75", "7.5", "2");
        product(data, QoyodSandbox.WIDGET_D, "Widget D", "WID-D", "6281000000095", "9.99", "0", "10");
        product(data, QoyodSandbox.WIDGET_E, "Widget E", "WID-E", "6281000000097", "3.20", "18", "0");
        data.addProduct(new SandboxProduct(QoyodSandbox.INSTALLATION_SERVICE, "Installation service", "SRV-INSTALL", "",
                false, new BigDecimal("150.00")), Map.of());
    }

    private static void product(SandboxData data, long id, String name, String sku, String barcode, String price,
                                String mainStock, String branchStock) {
        data.addProduct(new SandboxProduct(id, name, sku, barcode, true, new BigDecimal(price)),
                Map.of(QoyodSandbox.MAIN_WAREHOUSE, new BigDecimal(mainStock),
                        QoyodSandbox.BRANCH_STORE, new BigDecimal(branchStock)));
    }
}
