package nl.beraad.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Comparator;
import java.util.Optional;
import nl.beraad.app.PhoneService;
import nl.beraad.app.PhonePage;
import nl.beraad.app.SessionService;
import nl.beraad.domain.BeraadException;
import nl.beraad.domain.SessionId;
import nl.beraad.text.Messages;

/**
 * The participants' vote page on the JDK's own HTTP server (com.sun.net.httpserver): no extra jar,
 * and nothing is loaded or bound until the facilitator starts it. Nothing listens before {@link #start}.
 */
public final class PhoneServer implements PhonePage {
    /** The port phones reach unless --port says otherwise. */
    public static final int DEFAULT_PORT = 8421;
    /** Seconds a client may take to send its whole request (a slow or half request is cut off). */
    static final int MAX_REQUEST_SECONDS = 5;
    /** Seconds a response may take to be read; event streams end themselves before this. */
    static final int MAX_RESPONSE_SECONDS = 60;

    static {
        // The JDK server reads its limits once, when its classes load: set them before that, unless
        // whoever runs Beraad chose their own.
        limit("sun.net.httpserver.maxReqTime", MAX_REQUEST_SECONDS);
        limit("sun.net.httpserver.maxRspTime", MAX_RESPONSE_SECONDS);
        limit("sun.net.httpserver.idleInterval", 30);
        limit("sun.net.httpserver.maxConnections", 256);
        // A response goes out as headers and then the body: without TCP_NODELAY the body waits for the
        // phone's delayed ACK of the headers, about 40 ms per page (measured: 45 ms a POST and its page).
        limit("sun.net.httpserver.nodelay", "true");
    }

    private static void limit(String property, int value) {
        limit(property, Integer.toString(value));
    }

    private static void limit(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private final SessionService sessions;
    private final PhoneService phones;
    private final Messages msg;
    private final String bind;
    private final int port;
    private final String publicOrigin;

    /**
     * A vote page to be bound to {@code bind} (an address of this machine; null: its first site-local
     * IPv4 address) on {@code port} (0: any free port) once started.
     */
    public PhoneServer(SessionService sessions, PhoneService phones, Messages msg, String bind, int port) {
        this(sessions, phones, msg, bind, port, null);
    }

    /**
     * As above, for phones that reach the page at another address than the one bound ({@code address},
     * e.g. {@code http://192.168.1.23:8421/} on the meeting laptop that forwards the port over SSH to
     * this server): that address goes into the QR code, and requests must come from it.
     */
    public PhoneServer(SessionService sessions, PhoneService phones, Messages msg, String bind, int port,
                       String address) {
        if (port < 0 || port > 65535) {
            throw BeraadException.invalid("web.port.invalid", port);
        }
        this.publicOrigin = address == null || address.isBlank() ? null : origin(address.strip());
        this.sessions = sessions;
        this.phones = phones;
        this.msg = msg;
        this.bind = bind == null || bind.isBlank() ? null : bind.strip();
        this.port = port;
    }

    @Override
    public Serving start(SessionId sessionId) {
        sessions.session(sessionId); // an unknown session is refused before anything is bound
        InetAddress host = bind == null ? firstSiteLocal().orElseThrow(() -> BeraadException.invalid("web.bind.none"))
                : address(bind);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (IOException | RuntimeException e) {
            throw new BeraadException(nl.beraad.domain.ExitCode.CONFLICT,
                    java.util.List.of(nl.beraad.domain.Problem.of("web.bind.failed", literal(host) + ":" + port)), e);
        }
        InetAddress shown = host.isAnyLocalAddress() ? firstSiteLocal().orElse(InetAddress.getLoopbackAddress()) : host;
        String origin = publicOrigin != null ? publicOrigin
                : "http://" + literal(shown) + ":" + server.getAddress().getPort();
        try {
            return new VoteSite(sessionId, sessions, phones, msg, server, origin);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
    }

    /** The scheme, host and port of an address given with --address; anything more is refused. */
    static String origin(String typed) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(typed);
        } catch (java.net.URISyntaxException e) {
            throw BeraadException.invalid("web.address.invalid", typed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
                && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
            throw BeraadException.invalid("web.address.invalid", typed);
        }
        return scheme + "://" + uri.getHost().toLowerCase(java.util.Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static InetAddress address(String typed) {
        try {
            return InetAddress.getByName(typed);
        } catch (UnknownHostException | SecurityException e) {
            throw BeraadException.invalid("web.bind.unknown", typed);
        }
    }

    private static String literal(InetAddress a) {
        return a instanceof Inet6Address ? "[" + a.getHostAddress().replaceAll("%.*", "") + "]" : a.getHostAddress();
    }

    /** The address phones on the meeting's network can reach: this machine's first site-local IPv4 address. */
    static Optional<InetAddress> firstSiteLocal() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(PhoneServer::usable)
                    .sorted(Comparator.comparingInt(NetworkInterface::getIndex))
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> a instanceof Inet4Address && a.isSiteLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean usable(NetworkInterface n) {
        try {
            return n.isUp() && !n.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
