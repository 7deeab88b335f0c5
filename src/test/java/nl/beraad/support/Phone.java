package nl.beraad.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A participant's phone as the vote page sees it, without a browser: plain HTTP with its own cookie,
 * the page's Origin and the CSRF field of its own page, as a phone's browser sends them. It joins
 * with the code, takes a name, and answers; it keeps its cookie across a restart of the server.
 *
 * <p>It speaks HTTP/1.1 itself over one kept-alive connection, as a phone's browser does, and
 * blocks: 45 of them share two cores with the server in {@code scripts/bench}, where the JDK's
 * asynchronous client spent more processor time per request than the page it asked for.
 */
public final class Phone {
    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern COOKIE = Pattern.compile("beraad=([A-Za-z0-9_-]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static final Duration CONNECT = Duration.ofSeconds(5);

    private String address;
    private String token;
    private Socket socket;
    private InputStream in;

    /** A phone that opens {@code address} (e.g. http://127.0.0.1:8421/). */
    public Phone(String address) {
        this.address = address;
    }

    /** What the page answered: status, headers by lower-case name, and the body as text. */
    public record Reply(int statusCode, Map<String, List<String>> headers, String body) {
        public List<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    /** The page moved (the server restarted on another port): the phone keeps its cookie. */
    public void moved(String newAddress) {
        this.address = newAddress;
        disconnect();
    }

    public String token() {
        return token;
    }

    /** What the phone's browser shows at the address now. */
    public Reply page() throws IOException, InterruptedException {
        return send("GET", "", null);
    }

    /** Opens the page, types the join code and keeps the cookie the page sets. */
    public void join(String code) throws IOException, InterruptedException {
        String nonce = hidden(ok(page()), "nonce");
        Reply joined = post("join", Map.of("nonce", nonce, "code", code));
        if (joined.statusCode() != 303) {
            throw new IllegalStateException("join refused: " + joined.statusCode() + " " + joined.body());
        }
        Matcher m = COOKIE.matcher(String.join(";", joined.header("Set-Cookie")));
        if (!m.find()) {
            throw new IllegalStateException("join set no cookie: " + joined.headers());
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
        Reply named = post("name", Map.of("csrf", hidden(page, "csrf"), "participant", label.group(1)));
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
    public Reply answer(Form form, int value) throws IOException, InterruptedException {
        return post("answer", Map.of("csrf", form.csrf(), "item", form.item(), form.field(),
                form.values().get(Math.floorMod(value, form.values().size()))));
    }

    /**
     * Sends an argument from the argument page: {@code side} as the page names it (a, b or none),
     * without the member's name when {@code anonymous}. Returns the response (303: it reached the facilitator).
     */
    public Reply propose(String side, String text, boolean anonymous) throws IOException, InterruptedException {
        String page = ok(send("GET", "argument", null));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("csrf", hidden(page, "csrf"), "item", hidden(page, "item"),
                "side", side, "text", text));
        if (anonymous) {
            fields.put("anonymous", "1");
        }
        return post("argument", fields);
    }

    private Reply post(String path, Map<String, String> fields) throws IOException {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, body);
    }

    /**
     * One request on the kept-alive connection. A connection the server closed while idle is seen
     * before any byte of the reply: then the request goes once more on a new one, as browsers do.
     */
    private Reply send(String method, String path, String body) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(method, path, body);
        } catch (EOFException stale) {
            disconnect();
            if (!reused) {
                throw stale;
            }
            return exchange(method, path, body);
        } catch (IOException | RuntimeException e) {
            disconnect();
            throw e;
        }
    }

    private Reply exchange(String method, String path, String body) throws IOException {
        URI at = URI.create(address);
        if (socket == null) {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(at.getHost(), at.getPort()), (int) CONNECT.toMillis());
            s.setSoTimeout((int) TIMEOUT.toMillis());
            socket = s;
            in = new BufferedInputStream(s.getInputStream());
        }
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(at.getRawPath()).append(path)
                .append(" HTTP/1.1\r\nHost: ").append(at.getRawAuthority()).append("\r\n");
        if (token != null) {
            head.append("Cookie: beraad=").append(token).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: application/x-www-form-urlencoded\r\nOrigin: ")
                    .append(address.replaceAll("/$", "")).append("\r\nContent-Length: ").append(content.length).append("\r\n");
        }
        OutputStream out = socket.getOutputStream();
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write(content);
        out.flush();

        String status = line(true);
        Map<String, List<String>> headers = new TreeMap<>();
        for (String h = line(false); !h.isEmpty(); h = line(false)) {
            int colon = h.indexOf(':');
            headers.computeIfAbsent(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h.substring(colon + 1).strip());
        }
        byte[] received;
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(false).strip(), 16); size > 0; size = Integer.parseInt(line(false).strip(), 16)) {
                all.write(in.readNBytes(size));
                line(false);
            }
            line(false);
            received = all.toByteArray();
        } else {
            int length = Integer.parseInt(headers.getOrDefault("content-length", List.of("0")).get(0));
            received = in.readNBytes(length);
            if (received.length < length) {
                throw new IOException("the reply ended after " + received.length + " of " + length + " bytes");
            }
        }
        if (headers.getOrDefault("connection", List.of()).contains("close")) {
            disconnect();
        }
        return new Reply(Integer.parseInt(status.split(" ")[1]), headers, new String(received, StandardCharsets.UTF_8));
    }

    /** A line of the reply's head, without its CRLF; EOF before the first byte of a reply says the connection went stale. */
    private String line(boolean first) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw first && line.size() == 0 ? new EOFException("closed by the server") : new IOException("the reply broke off");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // it is going anyway
            }
            socket = null;
            in = null;
        }
    }

    private static String ok(Reply response) {
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
