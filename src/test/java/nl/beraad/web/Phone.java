package nl.beraad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A participant's phone in a test: real HTTP to the vote page with its own cookie, following no
 * redirect by itself so the test sees every status. Keeps every response it got, to check them all.
 */
final class Phone {
    private static final Pattern NONCE = Pattern.compile("name=\"nonce\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final String address;
    final String origin;
    private final HttpClient client;
    String token;
    final List<HttpResponse<String>> seen = new ArrayList<>();

    Phone(String address) {
        this.address = address;
        this.origin = address.substring(0, address.length() - 1);
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Another phone with the same cookie (a reload after the browser reconnected, or a stolen cookie). */
    Phone sameCookie() {
        Phone other = new Phone(address);
        other.token = token;
        return other;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address).resolve(path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            b.header("Cookie", Call.COOKIE + "=" + token);
        }
        return b;
    }

    /** A form posted from this page (Origin set as a browser does). */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields, Map.of("Origin", origin));
    }

    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        headers.forEach(b::header);
        return send(b.build());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        seen.add(r);
        r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(Call.COOKIE + "="))
                .forEach(c -> token = c.substring(Call.COOKIE.length() + 1, c.indexOf(';')));
        return r;
    }

    /** The join form's one-time value, from a fresh join page. */
    String nonce() throws IOException, InterruptedException {
        return find(NONCE, get("/").body());
    }

    /** The fields of a join: the code and the nonce of a join page just fetched. */
    Map<String, String> joinForm(String code) throws IOException, InterruptedException {
        return Map.of("code", code, "nonce", nonce());
    }

    /** Joins with the code and returns the join's response (303 with the cookie when it worked). */
    HttpResponse<String> join(String code) throws IOException, InterruptedException {
        return post("/join", joinForm(code));
    }

    /** This phone's CSRF field, as its own pages carry it (the item page only with a form on it). */
    String csrf() throws IOException, InterruptedException {
        String page = get("/").body();
        return find(CSRF, CSRF.matcher(page).find() ? page : get("/argument").body());
    }

    /** Chooses a name on the name page, as a participant taps it. */
    HttpResponse<String> choose(String name) throws IOException, InterruptedException {
        String page = get("/").body();
        Matcher m = Pattern.compile("value=\"(\\d+)\" required> <label for=\"p\\d+\">" + Pattern.quote(name) + "<")
                .matcher(page);
        assertTrue(m.find(), "the name page offers " + name + ":\n" + page);
        return post("/name", Map.of("csrf", find(CSRF, page), "participant", m.group(1)));
    }

    /** Joins and takes a name, checking each step answers as a browser expects. */
    Phone joinAs(String code, String name) throws IOException, InterruptedException {
        assertEquals(303, join(code).statusCode());
        if (name != null) {
            assertEquals(303, choose(name).statusCode());
        }
        return this;
    }

    /** Posts an answer to the item on the table with the given fields (and this phone's CSRF field). */
    HttpResponse<String> answer(int item, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("csrf", csrf());
        all.put("item", Integer.toString(item));
        return post("/answer", all);
    }

    static String find(Pattern p, String page) {
        Matcher m = p.matcher(page);
        assertTrue(m.find(), "expected " + p + " in:\n" + page);
        return m.group(1);
    }
}
