package nl.beraad.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A participant's phone as the vote page sees it, without a browser: plain HTTP with its own cookie,
 * the page's Origin and the CSRF field of its own page, as a phone's browser sends them. It joins
 * with the code, takes a name, and answers; it keeps its cookie across a restart of the server.
 */
public final class Phone {
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern COOKIE = Pattern.compile("beraad=([A-Za-z0-9_-]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private String address;
    private String token;

    /** A phone that opens {@code address} (e.g. http://127.0.0.1:8421/) through a client that many phones share. */
    public Phone(HttpClient http, String address) {
        this.http = http;
        this.address = address;
    }

    /** A client for many phones at once: HTTP/1.1 as phone browsers speak it to a plain local server, no cookie store. */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The page moved (the server restarted on another port): the phone keeps its cookie. */
    public void moved(String newAddress) {
        this.address = newAddress;
    }

    public String token() {
        return token;
    }

    /** What the phone's browser shows at the address now. */
    public HttpResponse<String> page() throws IOException, InterruptedException {
        return http.send(request("").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the page, types the join code and keeps the cookie the page sets. */
    public void join(String code) throws IOException, InterruptedException {
        String nonce = hidden(ok(page()), "nonce");
        HttpResponse<String> joined = post("join", Map.of("nonce", nonce, "code", code));
        if (joined.statusCode() != 303) {
            throw new IllegalStateException("join refused: " + joined.statusCode() + " " + joined.body());
        }
        Matcher m = COOKIE.matcher(String.join(";", joined.headers().allValues("Set-Cookie")));
        if (!m.find()) {
            throw new IllegalStateException("join set no cookie: " + joined.headers().map());
        }
        token = m.group(1);
    }

    /** Chooses the member's name on the names page. */
    public void name(String name) throws IOException, InterruptedException {
        String page = ok(page());
        Matcher label = Pattern.compile("<input[^>]*name=\"participant\"[^>]*value=\"([0-9]+)\"[^>]*>\\s*<label[^>]*>"
                + Pattern.quote(name) + "</label>").matcher(page);
        if (!label.find()) {
            throw new IllegalStateException("no name " + name + " to choose:\n" + page);
        }
        HttpResponse<String> named = post("name", Map.of("csrf", hidden(page, "csrf"), "participant", label.group(1)));
        if (named.statusCode() != 303) {
            throw new IllegalStateException("name refused: " + named.statusCode() + " " + named.body());
        }
    }

    /** The item page with its answer form: the phone may answer now. */
    public record Form(String page, String csrf, String item, String field, List<String> values) {
    }

    /** The answer form on the page now, or null when the page shows none (the round is not open to phones). */
    public Form form() throws IOException, InterruptedException {
        String page = ok(page());
        int start = page.indexOf("action=\"/answer\"");
        if (start < 0) {
            return null;
        }
        String field = null;
        List<String> values = new ArrayList<>();
        Matcher input = INPUT.matcher(page.substring(start));
        while (input.find()) {
            Map<String, String> a = attributes(input.group());
            if ("radio".equals(a.get("type")) && (field == null || field.equals(a.get("name")))) {
                field = a.get("name");
                values.add(a.get("value"));
            }
        }
        return new Form(page, hidden(page, "csrf"), hidden(page.substring(start), "item"), field, values);
    }

    /**
     * Sends the value'th choice of the form (counted from 0, wrapping round) and returns the response:
     * 303 means the answer was committed ("vastgelegd" on the page it leads to).
     */
    public HttpResponse<String> answer(Form form, int value) throws IOException, InterruptedException {
        return post("answer", Map.of("csrf", form.csrf(), "item", form.item(), form.field(),
                form.values().get(Math.floorMod(value, form.values().size()))));
    }

    /**
     * Sends an argument from the argument page: {@code side} as the page names it (a, b or none),
     * without the member's name when {@code anonymous}. Returns the response (303: it reached the facilitator).
     */
    public HttpResponse<String> propose(String side, String text, boolean anonymous) throws IOException, InterruptedException {
        String page = ok(http.send(request("argument").GET().build(), HttpResponse.BodyHandlers.ofString()));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("csrf", hidden(page, "csrf"), "item", hidden(page, "item"),
                "side", side, "text", text));
        if (anonymous) {
            fields.put("anonymous", "1");
        }
        return post("argument", fields);
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", address.replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address + path)).timeout(TIMEOUT);
        if (token != null) {
            b.header("Cookie", "beraad=" + token);
        }
        return b;
    }

    private static String ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("page answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String hidden(String page, String name) {
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            Map<String, String> a = attributes(input.group());
            if (name.equals(a.get("name"))) {
                return a.get("value");
            }
        }
        throw new IllegalStateException("no field " + name + " on the page:\n" + page);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.put(m.group(1), m.group(2));
        }
        return a;
    }
}
