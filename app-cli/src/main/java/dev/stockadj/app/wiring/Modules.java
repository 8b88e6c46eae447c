package dev.stockadj.app.wiring;

import com.google.inject.Module;
import java.util.List;
import java.util.Map;

/** Every module of the application: the shared one and one per vendor. */
public final class Modules {
    private Modules() {
    }

    public static List<Module> all(Map<String, String> environment) {
        return List.of(new AppModule(environment), new QoyodModule(), new OrderTimeModule(), new FoodicsModule(),
                new CloseLoopModule());
    }
}
