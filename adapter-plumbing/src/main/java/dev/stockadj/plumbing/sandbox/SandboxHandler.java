package dev.stockadj.plumbing.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The way every request goes through a sandbox, in this order: a fault armed for it (a canned answer, a delay, a
 * drop before handling); the rate window (429); the vendor's credential check; a path outside the root (not
 * found); the route, its answer given the vendor's finishing touch; a drop after handling (served, stored, the
 * answer never sent). The request is logged before its answer leaves. A route that fails is a 500, never a
 * stack trace on the wire. Vendors differ only in what they give the {@link Builder}.
 */
public final class SandboxHandler implements HttpHandler {
    private final Settings settings;

    private SandboxHandler(Settings settings) {
        this.settings = settings;
    }

    private record Settings(String root, Routes routes, InstantSource clock, Faults faults, ReceivedRequests log,
                            RateWindow rate, Predicate<Inbound> credentials, Answer unauthorised,
                            UnaryOperator<Answer> finishing, Answer serverError) {
    }

    /** A handler for the requests below {@code root} (e.g. {@code /v5}; "" for all) that {@code routes} answer. */
    public static Builder under(String root, Routes routes) {
        return new Builder(root, routes);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean underRoot = Exchanges.underRoot(exchange.getRequestURI().getPath(), settings.root());
            Inbound request = Exchanges.read(exchange, settings.root(), settings.clock().instant());
            boolean authenticated = settings.credentials().test(request);
            Optional<Answer> answer = answer(request, underRoot, authenticated);
            settings.log().add(new SandboxRequest(request.method(), request.path(), request.queryText(),
                    request.headers().keySet(), authenticated, answer.map(Answer::status).orElse(0), request.at()));
            if (answer.isPresent()) {
                Exchanges.send(exchange, answer.get());
            }
        }
    }

    /** Empty when the connection is to be dropped unanswered. */
    private Optional<Answer> answer(Inbound request, boolean underRoot, boolean authenticated) {
        Optional<InjectedFault> fault = settings.faults().take(request);
        if (fault.isPresent() && fault.get() instanceof InjectedFault.Answering canned) {
            return Optional.of(canned.answer());
        }
        if (fault.isPresent() && fault.get() instanceof InjectedFault.Dropping drop && !drop.afterHandling()) {
            return Optional.empty();
        }
        if (fault.isPresent() && fault.get() instanceof InjectedFault.Delaying delay && !paused(delay.delay())) {
            return Optional.empty();
        }
        RateWindow.Decision decision = settings.rate().admit();
        if (decision.refusal().isPresent()) {
            return decision.refusal();
        }
        Answer served = decision.stamp(!authenticated ? settings.unauthorised()
                : !underRoot ? settings.routes().notFound(request) : routed(request));
        return fault.isPresent() && fault.get() instanceof InjectedFault.Dropping ? Optional.empty() : Optional.of(served);
    }

    private Answer routed(Inbound request) {
        try {
            return settings.finishing().apply(settings.routes().answer(request));
        } catch (IOException | RuntimeException e) {
            return settings.serverError();
        }
    }

    private static boolean paused(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What a vendor gives its handler; everything but the root and routes has a default. */
    public static final class Builder {
        private final String root;
        private final Routes routes;
        private InstantSource clock = InstantSource.system();
        private Faults faults = new Faults();
        private ReceivedRequests log = new ReceivedRequests();
        private RateWindow rate = new RateWindow(InstantSource.system(), Answer.empty(429), false);
        private Predicate<Inbound> credentials = request -> true;
        private Answer unauthorised = Answer.text(401, "Unauthorized");
        private UnaryOperator<Answer> finishing = UnaryOperator.identity();
        private Answer serverError = Answer.text(500, "Server Error");

        private Builder(String root, Routes routes) {
            this.root = Objects.requireNonNull(root, "root is required");
            this.routes = Objects.requireNonNull(routes, "routes are required");
        }

        /** Stamps each request's arrival (the log's {@code at}); the rate window keeps its own. */
        public Builder clock(InstantSource value) {
            clock = Objects.requireNonNull(value);
            return this;
        }

        public Builder faults(Faults value) {
            faults = Objects.requireNonNull(value);
            return this;
        }

        public Builder log(ReceivedRequests value) {
            log = Objects.requireNonNull(value);
            return this;
        }

        public Builder rateWindow(RateWindow value) {
            rate = Objects.requireNonNull(value);
            return this;
        }

        /** Requests {@code accepted} refuses are answered {@code refusal}; each is logged as authenticated or not. */
        public Builder credentials(Predicate<Inbound> accepted, Answer refusal) {
            credentials = Objects.requireNonNull(accepted);
            unauthorised = Objects.requireNonNull(refusal);
            return this;
        }

        /** Applied to every answer a route gives (a variant rewriting bodies, say). */
        public Builder finishing(UnaryOperator<Answer> value) {
            finishing = Objects.requireNonNull(value);
            return this;
        }

        public Builder serverError(Answer value) {
            serverError = Objects.requireNonNull(value);
            return this;
        }

        public SandboxHandler build() {
            return new SandboxHandler(new Settings(root, routes, clock, faults, log, rate, credentials, unauthorised,
                    finishing, serverError));
        }
    }
}
