package it.cassetto.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

/**
 * An SMTP mail catcher for development and tests, built on GreenMail ({@code
 * com.icegreen:greenmail}), with a small web page to read what was caught.
 *
 * <ul>
 *   <li>SMTP on {@code 127.0.0.1:smtpPort} (default 2525): no authentication required (any
 *       credentials are accepted too), any sender and any recipient accepted, nothing is relayed.
 *   <li>Web page on {@code http://127.0.0.1:webPort/} (default 8025): newest first, date, from,
 *       to, subject and body text, HTML-escaped. {@code /?to=ADDRESS} filters by recipient, {@code
 *       /api/messages[?to=ADDRESS]} returns the same as JSON, {@code /raw?id=N} shows the raw MIME
 *       source of message N, {@code POST /purge} deletes everything. A web port of {@code -1}
 *       disables the page.
 *   <li>Java API for tests: {@link #messages()}, {@link #messagesTo(String)}, {@link
 *       #awaitMessages(int, Duration)}, {@link #awaitMessagesTo(String, int, Duration)}, {@link
 *       #purge()}.
 *   <li>A simulated SMTP outage for tests of the notification outbox: {@code POST /api/smtp/outage} closes
 *       the SMTP port, {@code POST /api/smtp/restore} opens it again ({@link #suspendSmtp()},
 *       {@link #restoreSmtp()}).
 *   <li>The fake SMS gateway ({@link FakeSmsGateway}) under {@code /sms/} and {@code /api/sms}.
 * </ul>
 *
 * <p>A message sent to several recipients (To, Cc, Bcc) is one {@link ReceivedMail} whose {@link
 * ReceivedMail#recipients()} lists every envelope recipient. Mails are kept in memory only.
 *
 * <p>Ports are given to the constructor, or by {@link #fromEnvironment()}: system properties
 * {@code cassetto.mail.smtpPort} / {@code cassetto.mail.webPort}, else environment variables
 * {@code CASSETTO_SMTP_PORT} / {@code CASSETTO_MAIL_WEB_PORT}. {@link #start()} fails with an
 * {@link IllegalStateException} if a port is taken; {@link #stop()} may be called any number of
 * times.
 */
public final class MailCatcher implements AutoCloseable {

    public static final int DEFAULT_SMTP_PORT = 2525;
    public static final int DEFAULT_WEB_PORT = 8025;

    private static final System.Logger LOG = System.getLogger(MailCatcher.class.getName());
    private static final String HOST = "127.0.0.1";
    private static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final int smtpPort;
    private final int webPort;
    private final String smtpPortVariable;
    private final String webPortVariable;
    private GreenMail greenMail;
    private boolean smtpSuspended;
    private final FakeSmsGateway sms = new FakeSmsGateway();
    private HttpServer httpServer;
    private ExecutorService httpExecutor;

    /**
     * @param smtpPort SMTP port on 127.0.0.1
     * @param webPort port of the web page on 127.0.0.1, or -1 for none
     */
    public MailCatcher(int smtpPort, int webPort) {
        this(smtpPort, "CASSETTO_SMTP_PORT", webPort, "CASSETTO_MAIL_WEB_PORT");
    }

    /**
     * @param smtpPort SMTP port on 127.0.0.1
     * @param smtpPortVariable environment variable named in the "port in use" message
     * @param webPort port of the web page on 127.0.0.1, or -1 for none
     * @param webPortVariable environment variable named in the "port in use" message
     */
    public MailCatcher(int smtpPort, String smtpPortVariable, int webPort,
            String webPortVariable) {
        if (smtpPort < 1 || smtpPort > 65535) {
            throw new IllegalArgumentException("Invalid SMTP port " + smtpPort);
        }
        if (webPort != -1 && (webPort < 1 || webPort > 65535 || webPort == smtpPort)) {
            throw new IllegalArgumentException("Invalid web port " + webPort);
        }
        this.smtpPort = smtpPort;
        this.webPort = webPort;
        this.smtpPortVariable = Objects.requireNonNull(smtpPortVariable, "smtpPortVariable");
        this.webPortVariable = Objects.requireNonNull(webPortVariable, "webPortVariable");
    }

    /** Ports from system properties, else environment variables, else 2525 and 8025. */
    public static MailCatcher fromEnvironment() {
        return new MailCatcher(
                intSetting("cassetto.mail.smtpPort", "CASSETTO_SMTP_PORT", DEFAULT_SMTP_PORT),
                intSetting("cassetto.mail.webPort", "CASSETTO_MAIL_WEB_PORT", DEFAULT_WEB_PORT));
    }

    /**
     * Starts SMTP and the web page; does nothing if already running.
     *
     * @throws IllegalStateException if a port is already in use
     */
    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        requirePortFree(smtpPort, "SMTP", smtpPortVariable);
        if (webPort != -1) {
            requirePortFree(webPort, "mail web page", webPortVariable);
        }
        startSmtp();
        if (webPort != -1) {
            try {
                startWebServer();
            } catch (IOException | RuntimeException e) {
                stop();
                throw new IllegalStateException("Could not start the mail web page on port "
                        + webPort, e);
            }
        }
        LOG.log(Level.INFO, "Mail catcher: SMTP on {0}:{1}{2}", HOST, String.valueOf(smtpPort),
                webPort == -1 ? "" : ", mails readable at " + webUrl());
    }

    private void startSmtp() {
        ServerSetup smtp = new ServerSetup(smtpPort, HOST, ServerSetup.PROTOCOL_SMTP);
        smtp.setServerStartupTimeout(10_000);
        GreenMail gm = new GreenMail(smtp);
        gm.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        gm.start();
        greenMail = gm;
        smtpSuspended = false;
    }

    /**
     * Simulates an SMTP outage: the SMTP port closes (connections are refused) while the web page stays up.
     * Caught mails are dropped. {@link #restoreSmtp()} ends it.
     */
    public synchronized void suspendSmtp() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
            smtpSuspended = true;
        }
    }

    /** Ends a simulated outage: SMTP accepts mail again. */
    public synchronized void restoreSmtp() {
        if (smtpSuspended) {
            startSmtp();
        }
    }

    /** The fake SMS gateway served by this catcher's web page (under {@code /sms/}). */
    public FakeSmsGateway sms() {
        return sms;
    }

    /** The SMS gateway address the portal is given: {@code http://127.0.0.1:WEBPORT/sms}. */
    public String smsGatewayUrl() {
        return "http://" + HOST + ":" + webPort + "/sms";
    }

    /** Stops SMTP and the web page; safe to call repeatedly. Caught mails are dropped. */
    public synchronized void stop() {
        smtpSuspended = false;
        if (httpServer != null) {
            httpServer.stop(0);
            httpServer = null;
        }
        if (httpExecutor != null) {
            httpExecutor.shutdownNow();
            httpExecutor = null;
        }
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isSmtpUp() {
        return greenMail != null;
    }

    public synchronized boolean isRunning() {
        return greenMail != null;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int webPort() {
        return webPort;
    }

    /** Host the application should use as SMTP server: {@code 127.0.0.1}. */
    public String smtpHost() {
        return HOST;
    }

    /** {@code http://127.0.0.1:WEBPORT/}, or null without web page. */
    public String webUrl() {
        return webPort == -1 ? null : "http://" + HOST + ":" + webPort + "/";
    }

    /** All mails caught so far, oldest first. */
    public List<ReceivedMail> messages() {
        synchronized (this) {
            if (smtpSuspended) {
                return List.of();
            }
        }
        GreenMail gm = running();
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<GreenMailUser> users = new ArrayList<>(gm.getUserManager().listUser());
        for (GreenMailUser user : users) {
            List<StoredMessage> stored;
            try {
                stored = gm.getManagers().getImapHostManager().getInbox(user).getMessages();
            } catch (FolderException e) {
                throw new IllegalStateException("Cannot read the mailbox of " + user.getEmail(), e);
            }
            for (StoredMessage message : stored) {
                MimeMessage mime = message.getMimeMessage();
                byKey.computeIfAbsent(key(mime), k -> new Builder(mime, message.getReceivedDate()))
                        .addRecipient(user.getEmail(), message.getReceivedDate());
            }
        }
        return byKey.values().stream()
                .map(Builder::build)
                .sorted(Comparator.comparing(ReceivedMail::receivedAt))
                .toList();
    }

    /** Mails delivered to this address (as To, Cc or Bcc), oldest first; case-insensitive. */
    public List<ReceivedMail> messagesTo(String address) {
        return messages().stream().filter(m -> m.isFor(address)).toList();
    }

    /**
     * Waits until at least {@code count} mails were caught and returns them all.
     *
     * @throws AssertionError if fewer arrived within the timeout (a test failure)
     */
    public List<ReceivedMail> awaitMessages(int count, Duration timeout) {
        return await(m -> true, count, timeout, "mails");
    }

    /**
     * Waits until at least {@code count} mails were delivered to {@code address} and returns them.
     *
     * @throws AssertionError if fewer arrived within the timeout (a test failure)
     */
    public List<ReceivedMail> awaitMessagesTo(String address, int count, Duration timeout) {
        return await(m -> m.isFor(address), count, timeout, "mails to " + address);
    }

    /** Deletes every caught mail. */
    public void purge() {
        sms.purge();
        synchronized (this) {
            if (smtpSuspended) {
                return;
            }
        }
        try {
            running().purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("Cannot purge the mail catcher", e);
        }
    }

    private List<ReceivedMail> await(Predicate<ReceivedMail> filter, int count, Duration timeout,
            String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedMail> found = messages().stream().filter(filter).toList();
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() >= deadline) {
                throw new AssertionError("Expected at least " + count + " " + what + " within "
                        + timeout + " but got " + found.size() + ": "
                        + found.stream().map(ReceivedMail::subject).toList());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + what, e);
            }
        }
    }

    private synchronized GreenMail running() {
        if (greenMail == null) {
            throw new IllegalStateException("The mail catcher is not running");
        }
        return greenMail;
    }

    private static String key(MimeMessage mime) {
        try {
            String id = mime.getMessageID();
            if (id != null && !id.isBlank()) {
                return id;
            }
            return String.join("\n", String.valueOf(mime.getHeader("Date", ",")),
                    String.valueOf(mime.getHeader("From", ",")),
                    String.valueOf(mime.getHeader("To", ",")),
                    String.valueOf(mime.getHeader("Subject", ",")));
        } catch (MessagingException e) {
            return "unreadable-" + System.identityHashCode(mime);
        }
    }

    private static void requirePortFree(int port, String what, String envVar) {
        for (InetAddress address : new InetAddress[] {null, InetAddress.getLoopbackAddress()}) {
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(true);
                s.bind(new InetSocketAddress(address, port));
            } catch (IOException e) {
                throw new IllegalStateException("Port " + port + " (" + what + ") is already in"
                        + " use: is another mail catcher running? Stop it, or set " + envVar
                        + " to a free port.", e);
            }
        }
    }

    private static int intSetting(String property, String envVar, int fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(envVar);
        }
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    // ---------------------------------------------------------------- web page

    private void startWebServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(HOST, webPort), 0);
        server.createContext("/", this::handle);
        httpExecutor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "MailCatcher-web");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(httpExecutor);
        server.start();
        httpServer = server;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            Map<String, String> query = query(uri.getRawQuery());
            String method = exchange.getRequestMethod();
            if (sms.handle(exchange, path, method)) {
                return;
            }
            if (("/api/smtp/outage".equals(path) || "/api/smtp/restore".equals(path)) && "POST".equals(method)) {
                if (path.endsWith("outage")) {
                    suspendSmtp();
                } else {
                    restoreSmtp();
                }
                send(exchange, 200, "application/json", "{\"smtpUp\":" + isSmtpUp() + "}");
                return;
            }
            if ("/purge".equals(path) && "POST".equals(method)) {
                purge();
                exchange.getResponseHeaders().set("Location", "/");
                exchange.sendResponseHeaders(303, -1);
                return;
            }
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                send(exchange, 405, "text/plain", "Method not allowed");
                return;
            }
            String to = query.get("to");
            List<ReceivedMail> all = messages();
            switch (path) {
                case "/" -> send(exchange, 200, "text/html", page(all, to)
                        .replace("</body></html>", smsSection(sms.messages()) + "</body></html>"));
                case "/api/messages" -> send(exchange, 200, "application/json",
                        json(to == null || to.isBlank() ? all
                                : all.stream().filter(m -> m.isFor(to)).toList()));
                case "/raw" -> {
                    int id = parseId(query.get("id"));
                    if (id < 1 || id > all.size()) {
                        send(exchange, 404, "text/plain", "No message " + query.get("id"));
                    } else {
                        send(exchange, 200, "text/plain", all.get(id - 1).raw());
                    }
                }
                default -> send(exchange, 404, "text/plain", "Not found");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail catcher web page failed", e);
            throw e;
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type + "; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The page: newest first; ids (for /raw) are positions in {@code all}, oldest first. */
    private static String page(List<ReceivedMail> all, String to) {
        boolean filtered = to != null && !to.isBlank();
        long shown = filtered ? all.stream().filter(m -> m.isFor(to)).count() : all.size();
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Cassetto mail catcher</title><style>")
                .append("body{font-family:sans-serif;margin:1.5em;max-width:60em}")
                .append("article{border:1px solid #ccc;border-radius:4px;padding:.6em 1em;")
                .append("margin:1em 0}dl{display:grid;grid-template-columns:6em 1fr;margin:0}")
                .append("dt{color:#666}dd{margin:0}pre{white-space:pre-wrap;background:#f6f6f6;")
                .append("padding:.6em;overflow-wrap:anywhere}h2{font-size:1.1em;margin:.2em 0}")
                .append("</style></head><body><h1>Cassetto mail catcher</h1><p>")
                .append(shown).append(shown == 1 ? " mail" : " mails");
        if (filtered) {
            h.append(" to <b>").append(escape(to)).append("</b> (<a href=\"/\">all</a>)");
        }
        h.append(" &middot; <a href=\"\">refresh</a> &middot; <a href=\"/api/messages\">JSON</a>")
                .append("</p><form method=\"post\" action=\"/purge\"><button>Delete all mails")
                .append("</button></form>");
        for (int i = all.size() - 1; i >= 0; i--) {
            ReceivedMail m = all.get(i);
            if (filtered && !m.isFor(to)) {
                continue;
            }
            h.append("<article><h2>").append(escape(m.subject())).append("</h2><dl>")
                    .append("<dt>Date</dt><dd>").append(DATE_FORMAT.format(m.receivedAt()))
                    .append("</dd><dt>From</dt><dd>").append(escape(m.from())).append("</dd>")
                    .append("<dt>To</dt><dd>").append(escape(String.join(", ", m.to())))
                    .append("</dd>");
            if (!m.cc().isEmpty()) {
                h.append("<dt>Cc</dt><dd>").append(escape(String.join(", ", m.cc())))
                        .append("</dd>");
            }
            h.append("<dt>Delivered</dt><dd>");
            for (String r : m.recipients()) {
                h.append("<a href=\"/?to=").append(escape(urlEncode(r))).append("\">")
                        .append(escape(r)).append("</a> ");
            }
            h.append("</dd></dl><pre>").append(escape(m.text())).append("</pre>")
                    .append("<a href=\"/raw?id=").append(i + 1).append("\">source</a></article>");
        }
        return h.append("</body></html>").toString();
    }

    /** The SMS the fake gateway accepted, newest first. */
    private static String smsSection(List<FakeSmsGateway.ReceivedSms> messages) {
        StringBuilder h = new StringBuilder("<h1>SMS</h1><p>").append(messages.size())
                .append(" SMS (fake gateway, <a href=\"/api/sms\">JSON</a>)</p>");
        for (int i = messages.size() - 1; i >= 0; i--) {
            FakeSmsGateway.ReceivedSms m = messages.get(i);
            h.append("<article><dl><dt>Date</dt><dd>").append(DATE_FORMAT.format(m.receivedAt()))
                    .append("</dd><dt>To</dt><dd>").append(escape(m.to())).append("</dd><dt>From</dt><dd>")
                    .append(escape(m.sender())).append("</dd></dl><pre>").append(escape(m.text()))
                    .append("</pre></article>");
        }
        return h.toString();
    }

    private static String json(List<ReceivedMail> mails) {
        StringBuilder j = new StringBuilder("[");
        for (ReceivedMail m : mails) {
            if (j.length() > 1) {
                j.append(',');
            }
            j.append("{\"messageId\":").append(jsonString(m.messageId()))
                    .append(",\"receivedAt\":").append(jsonString(m.receivedAt().toString()))
                    .append(",\"from\":").append(jsonString(m.from()))
                    .append(",\"to\":").append(jsonArray(m.to()))
                    .append(",\"cc\":").append(jsonArray(m.cc()))
                    .append(",\"recipients\":").append(jsonArray(m.recipients()))
                    .append(",\"subject\":").append(jsonString(m.subject()))
                    .append(",\"text\":").append(jsonString(m.text()))
                    .append(",\"html\":").append(jsonString(m.html()))
                    .append(",\"copies\":").append(m.copies()).append('}');
        }
        return j.append(']').toString();
    }

    private static String jsonArray(List<String> values) {
        return values.stream().map(MailCatcher::jsonString)
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static String jsonString(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String urlEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    private static int parseId(String id) {
        try {
            return id == null ? -1 : Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- mails

    /**
     * A caught mail.
     *
     * @param messageId the Message-ID header, or null
     * @param receivedAt when the catcher received it
     * @param from the From header (decoded)
     * @param to the To header addresses (decoded)
     * @param cc the Cc header addresses (decoded)
     * @param recipients every envelope recipient (RCPT TO), lower case; includes Bcc
     * @param subject the subject (decoded), or "" if none
     * @param text the text/plain body, else the text of the HTML body; "" if neither (LF line ends)
     * @param html the text/html body, or null
     * @param raw the full MIME source
     * @param copies how many copies the mailboxes hold (one per recipient; more means it was delivered twice)
     */
    public record ReceivedMail(String messageId, Instant receivedAt, String from, List<String> to,
            List<String> cc, List<String> recipients, String subject, String text, String html,
            String raw, int copies) {

        public ReceivedMail {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            recipients = List.copyOf(recipients);
        }

        /** Whether the mail was delivered to this address (To, Cc or Bcc); case-insensitive. */
        public boolean isFor(String address) {
            return recipients.contains(address.trim().toLowerCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return "ReceivedMail[" + receivedAt + " from " + from + " to " + recipients + ": "
                    + subject + "]";
        }
    }

    /** Merges the per-recipient copies GreenMail stores into one {@link ReceivedMail}. */
    private static final class Builder {
        private final MimeMessage mime;
        private final Set<String> recipients = new LinkedHashSet<>();
        private Instant receivedAt;
        private int copies;

        Builder(MimeMessage mime, java.util.Date received) {
            this.mime = mime;
            this.receivedAt = received == null ? Instant.now() : received.toInstant();
        }

        Builder addRecipient(String email, java.util.Date received) {
            recipients.add(email.toLowerCase(Locale.ROOT));
            copies++;
            if (received != null && received.toInstant().isBefore(receivedAt)) {
                receivedAt = received.toInstant();
            }
            return this;
        }

        ReceivedMail build() {
            try {
                Bodies bodies = new Bodies();
                bodies.collect(mime);
                String text = bodies.text != null ? bodies.text
                        : bodies.html != null ? htmlToText(bodies.html) : "";
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                mime.writeTo(raw);
                return new ReceivedMail(mime.getMessageID(), receivedAt,
                        addresses(mime.getFrom()).stream().findFirst().orElse(""),
                        addresses(mime.getRecipients(Message.RecipientType.TO)),
                        addresses(mime.getRecipients(Message.RecipientType.CC)),
                        new ArrayList<>(recipients),
                        Objects.requireNonNullElse(mime.getSubject(), ""), text, bodies.html,
                        raw.toString(StandardCharsets.UTF_8), copies);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("Cannot read a caught mail", e);
            }
        }

        private static List<String> addresses(Address[] addresses) {
            if (addresses == null) {
                return Collections.emptyList();
            }
            List<String> result = new ArrayList<>();
            for (Address a : addresses) {
                result.add(a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString());
            }
            return result;
        }

        private static String htmlToText(String html) {
            return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                    .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</tr>|</h[1-6]>|</li>", "\n")
                    .replaceAll("(?s)<[^>]*>", "")
                    .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                    .replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        }
    }

    /** The first text/plain and text/html parts that are not attachments. */
    private static final class Bodies {
        String text;
        String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("text/plain") && text == null) {
                text = lf(String.valueOf(part.getContent()));
            } else if (part.isMimeType("text/html") && html == null) {
                html = lf(String.valueOf(part.getContent()));
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            }
        }

        private static String lf(String s) {
            return s.replace("\r\n", "\n");
        }
    }
}
