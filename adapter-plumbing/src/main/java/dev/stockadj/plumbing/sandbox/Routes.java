package dev.stockadj.plumbing.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which route answers a request: a method and a path pattern below the root, whose {@code {name}} segments match
 * any one segment ({@link Inbound#param}). A path no route has is answered by the not-found answer; a known path
 * asked with another method by the method-not-allowed one (404 and 405 as plain text, with {@code Allow}, unless
 * the vendor gives its own). Empty segments do not count: {@code /a//b/} is {@code /a/b}.
 */
public final class Routes {
    /** Answers one matched request. */
    @FunctionalInterface
    public interface Route {
        Answer answer(Inbound request) throws IOException;
    }

    private record Entry(String method, List<String> pattern, Route route) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private final Function<Inbound, Answer> notFound;
    private final Function<Inbound, Answer> notAllowed;
    private final boolean ignoreCase;

    public Routes() {
        this(request -> Answer.text(404, "Not Found"), null, false);
    }

    private Routes(Function<Inbound, Answer> notFound, Function<Inbound, Answer> notAllowed, boolean ignoreCase) {
        this.notFound = notFound;
        this.notAllowed = notAllowed;
        this.ignoreCase = ignoreCase;
    }

    /** Routes answering an unknown path with {@code notFound}, and another method on a known path with 405. */
    public static Routes answering(Function<Inbound, Answer> notFound) {
        return new Routes(notFound, null, false);
    }

    /** Routes answering an unknown path with {@code notFound}, a known path asked with another method with {@code notAllowed}. */
    public static Routes answering(Function<Inbound, Answer> notFound, Function<Inbound, Answer> notAllowed) {
        return new Routes(notFound, notAllowed, false);
    }

    /** These routes with paths and methods matched ignoring case, as some servers (IIS) do. */
    public Routes ignoringCase() {
        Routes copy = new Routes(notFound, notAllowed, true);
        copy.entries.addAll(entries);
        return copy;
    }

    public Routes on(String method, String pattern, Route route) {
        entries.add(new Entry(method, segments(pattern), route));
        return this;
    }

    public Answer answer(Inbound request) throws IOException {
        List<String> path = segments(request.path());
        List<String> allowed = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<Map<String, String>> params = match(entry.pattern(), path);
            if (params.isPresent() && same(entry.method(), request.method())) {
                return entry.route().answer(request.withParams(params.get()));
            }
            params.ifPresent(p -> allowed.add(entry.method()));
        }
        return allowed.isEmpty() ? notFound(request) : notAllowed(request, allowed);
    }

    /** What a path no route has is answered (a request outside the sandbox's root, too). */
    public Answer notFound(Inbound request) {
        return notFound.apply(request);
    }

    private Answer notAllowed(Inbound request, List<String> allowed) {
        return notAllowed != null ? notAllowed.apply(request)
                : Answer.text(405, "Method Not Allowed").withHeader("Allow", String.join(", ", allowed));
    }

    private Optional<Map<String, String>> match(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String want = pattern.get(i);
            if (want.startsWith("{") && want.endsWith("}")) {
                params.put(want.substring(1, want.length() - 1), path.get(i));
            } else if (!same(want, path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    private boolean same(String a, String b) {
        return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }
}
