package dev.stockadj.costadj.sandbox;

import dev.stockadj.plumbing.sandbox.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Cuts a list into Laravel pages: {@code data}, {@code links} and {@code meta}. */
final class Paging {
    private Paging() {
    }

    static Answer page(List<JsonNode> all, Map<String, String> query, String url, int pageSize) {
        return page(all, query, url, pageSize, true);
    }

    /** A page; without {@code links} and {@code meta} when {@code described} is false. */
    static Answer page(List<JsonNode> all, Map<String, String> query, String url, int pageSize, boolean described) {
        int lastPage = Math.max(1, (all.size() + pageSize - 1) / pageSize);
        int page = pageNumber(query.get("page"));
        int from = Math.min((page - 1) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode body = f.objectNode();
        body.putArray("data").addAll(all.subList(from, to));
        if (!described) {
            return Answer.json(200, body);
        }
        ObjectNode links = body.putObject("links");
        links.put("first", link(url, query, 1));
        links.put("last", link(url, query, lastPage));
        links.put("prev", page > 1 ? link(url, query, page - 1) : null);
        links.put("next", page < lastPage ? link(url, query, page + 1) : null);
        ObjectNode meta = body.putObject("meta");
        meta.put("current_page", page);
        if (to > from) {
            meta.put("from", from + 1);
            meta.put("to", to);
        } else {
            meta.putNull("from");
            meta.putNull("to");
        }
        meta.put("last_page", lastPage);
        meta.put("path", url);
        meta.put("per_page", pageSize);
        meta.put("total", all.size());
        return Answer.json(200, body);
    }

    private static int pageNumber(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String link(String url, Map<String, String> query, int page) {
        Map<String, String> params = new LinkedHashMap<>(query);
        params.put("page", Integer.toString(page));
        return url + "?" + params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
