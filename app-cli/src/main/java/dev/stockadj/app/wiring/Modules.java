package dev.stockadj.app.wiring;

import com.google.inject.Module;
import dev.stockadj.aolib.OrderTimeWiring;
import dev.stockadj.app.config.Invocation;
import dev.stockadj.costadj.FoodicsWiring;
import dev.stockadj.plumbing.wiring.VendorWiring;
import dev.stockadj.qoyod.QoyodWiring;
import java.util.List;
import java.util.Map;

/** Every module of the application for one run: the shared ones and the vendors'. */
public final class Modules {
    /** The vendors the application knows: a new vendor's adapter module adds its wiring here, and nothing else. */
    public static final List<VendorWiring> VENDORS = List.of(new QoyodWiring(), new OrderTimeWiring(), new FoodicsWiring());

    private Modules() {
    }

    public static List<Module> all(Map<String, String> environment, Invocation invocation) {
        return List.of(new AppModule(environment, invocation), new UseCaseModule(), new VendorsModule(VENDORS));
    }
}
