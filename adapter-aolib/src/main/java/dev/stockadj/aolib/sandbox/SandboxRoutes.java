package dev.stockadj.aolib.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stockadj.plumbing.sandbox.Answer;
import dev.stockadj.plumbing.sandbox.Inbound;
import dev.stockadj.plumbing.sandbox.KeptState;
import dev.stockadj.plumbing.sandbox.Routes;

import java.util.Optional;
import java.util.function.Function;

/** The Order Time routes below {@value #ROOT}; IIS matches paths ignoring case, and answers any other with 404. */
final class SandboxRoutes {
    static final String ROOT = "/api";

    private final ObjectMapper json;
    private final SandboxStore store;
    private final ListEndpoint lists;
    private final KeptState kept;

    SandboxRoutes(ObjectMapper json, SandboxStore store, ListEndpoint lists, KeptState kept) {
        this.json = json;
        this.store = store;
        this.lists = lists;
        this.kept = kept;
    }

    Routes routes() {
        Function<Inbound, Answer> none = r -> Answer.text(404, "No such resource: " + r.method() + " " + r.path());
        return Routes.answering(none, none).ignoringCase()
                .on("POST", "/adjustment", r -> withBody(r, body -> body.isObject() ? saved(store.post(body))
                        : Answer.text(400, "An Adjustment object is required.")))
                .on("GET", "/adjustment", r -> withBody(r, body -> docNo(r).map(store::get)
                        .orElseGet(SandboxRoutes::badDocNo)))
                .on("DELETE", "/adjustment", r -> withBody(r, body -> docNo(r).map(store::delete).map(this::saved)
                        .orElseGet(SandboxRoutes::badDocNo)))
                .on("POST", "/list", r -> withBody(r, lists::rows))
                .on("PUT", "/list", r -> withBody(r, lists::count))
                .on("POST", "/entityref", r -> withBody(r, lists::entityRefs));
    }

    /** Every route reads its body as JSON first (none is a missing node); what is not JSON is a 400. */
    private Answer withBody(Inbound request, Function<JsonNode, Answer> operation) {
        String body = request.bodyText();
        try {
            return operation.apply(body.isBlank() ? json.missingNode() : json.readTree(body));
        } catch (JsonProcessingException e) {
            return Answer.text(400, "The request body is not valid JSON.");
        }
    }

    /** A write that succeeded changed the state: it is saved before the answer leaves. */
    private Answer saved(Answer answer) {
        return kept.saveAfter(answer, reason -> Answer.text(500, "An error has occurred. " + reason));
    }

    private static Optional<Integer> docNo(Inbound request) {
        return request.queryIgnoringCase("docNo").filter(v -> v.matches("\\d{1,9}")).map(Integer::parseInt);
    }

    private static Answer badDocNo() {
        return Answer.text(400, "The parameter docNo (Int32) is required.");
    }
}
