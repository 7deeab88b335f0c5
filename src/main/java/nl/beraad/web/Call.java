package nl.beraad.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the vote page and its answer: reads a form with a hard size limit (a bigger body is
 * refused before it is read), and writes every response with the same strict security headers.
 */
final class Call {
    /** The largest form body taken; anything bigger is refused with 413 and nothing of it is stored. */
    static final int MAX_BODY = 64 * 1024;
    static final String COOKIE = "beraad";
    /** Nothing loaded from elsewhere, no inline script or style, no framing, forms only to this page. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    final HttpExchange exchange;
    private boolean sent;

    Call(HttpExchange exchange) {
        this.exchange = exchange;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String path() {
        String path = exchange.getRequestURI().getRawPath();
        return path == null ? "" : path;
    }

    String remote() {
        return exchange.getRemoteAddress() == null || exchange.getRemoteAddress().getAddress() == null ? "?"
                : exchange.getRemoteAddress().getAddress().getHostAddress();
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** A query parameter of the address (only ever used to choose a fixed sentence). */
    Optional<String> query(String name) {
        String raw = exchange.getRequestURI().getRawQuery();
        return raw == null ? Optional.empty() : Optional.ofNullable(first(decode(raw), name));
    }

    /** The value of a cookie, if the request has it once. */
    Optional<String> cookie(String name) {
        String found = null;
        for (String line : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String part : line.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                    if (found != null) {
                        return Optional.empty(); // two cookies of one name: trust neither
                    }
                    found = part.substring(eq + 1).strip();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The posted form, at most {@link #MAX_BODY} bytes: a larger Content-Length is refused before a
     * byte is read, and a body without one is read only until it passes the limit.
     */
    Map<String, List<String>> form() throws IOException {
        String type = header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String length = header("Content-Length").orElse(null);
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                throw new Refusal(400, "web.bad.request");
            }
            if (declared > MAX_BODY) {
                throw new Refusal(413, "web.too.large", MAX_BODY / 1024);
            }
        }
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new Refusal(415, "web.bad.request");
        }
        byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY);
        return decode(new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer, 0, Math.min(buffer.length, max + 1 - out.size()))) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > max) {
                throw new Refusal(413, "web.too.large", max / 1024);
            }
        }
        return out.toByteArray();
    }

    private static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return fields;
        }
        try {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, "web.bad.request");
        }
        return fields;
    }

    static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    boolean sent() {
        return sent;
    }

    /** A page (HTML, UTF-8) with the given status. */
    void html(int status, String page) throws IOException {
        send(status, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
    }

    /** See-other to a page of this site: the browser then asks for it with GET (post/redirect/get). */
    void redirect(String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(303, "text/plain; charset=utf-8", new byte[0]);
    }

    void send(int status, String contentType, byte[] body) throws IOException {
        secure(exchange.getResponseHeaders());
        exchange.getResponseHeaders().set("Content-Type", contentType);
        sent = true;
        boolean head = "HEAD".equals(method());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Starts a streamed response (events): headers now, the body as it comes. */
    OutputStream stream(String contentType) throws IOException {
        secure(exchange.getResponseHeaders());
        exchange.getResponseHeaders().set("Content-Type", contentType);
        sent = true;
        exchange.sendResponseHeaders(200, 0);
        return exchange.getResponseBody();
    }

    /** The headers every answer carries, errors included. */
    static void secure(Headers h) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        // Not "no-referrer": under it a browser sends "Origin: null" with every form it posts (Fetch
        // standard, followed by Chromium and Firefox), and the Origin check could not tell this page from
        // any other. "same-origin" gives nothing to other sites, and this page links to none.
        h.set("Referrer-Policy", "same-origin");
        h.set("Cache-Control", "no-store");
        h.set("X-Frame-Options", "DENY");
    }

    /** Refuses a request with a status and one sentence (a message key); nothing has been stored. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient Object[] args;

        Refusal(int status, String key, Object... args) {
            super(key, null, false, false);
            this.status = status;
            this.args = args;
        }

        String key() {
            return getMessage();
        }
    }
}
