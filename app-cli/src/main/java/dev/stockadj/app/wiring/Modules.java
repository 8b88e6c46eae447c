package dev.stockadj.app.wiring;

import com.google.inject.Module;
import dev.stockadj.app.config.Invocation;
import java.util.List;
import java.util.Map;

/** Every module of the application for one run: the shared ones and one per vendor. */
public final class Modules {
    private Modules() {
    }

    public static List<Module> all(Map<String, String> environment, Invocation invocation) {
        return List.of(new AppModule(environment, invocation), new UseCaseModule(), new QoyodModule(),
                new OrderTimeModule(), new FoodicsModule());
    }
}
