package it.cassetto.devstack;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openqa.selenium.json.Json;

/**
 * A local stand-in for the SMS gateway, served by the {@link MailCatcher}'s web server under {@code /sms/}.
 * It speaks the protocol of {@code it.cassetto.notification.internal.SmsCourier}: {@code POST
 * /sms/v1/messages} with {@code Authorization: Bearer TOKEN}, an {@code Idempotency-Key} header and a JSON
 * body {@code {"to", "text", "sender"}}; 201 with {@code {"id"}} when accepted, 200 with the same id for a
 * key already seen, 401 without the token, 422 for an invalid number or text, 503 during a simulated outage.
 * {@code GET /api/sms} lists what arrived; {@code POST /api/sms/outage} and {@code /api/sms/restore} switch
 * the outage on and off. Nothing is sent anywhere.
 */
public final class FakeSmsGateway {

    /** The token the development and test stacks give the portal (CASSETTO_SMS_TOKEN). */
    public static final String TOKEN = "cassetto-dev-sms";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final int MAX_TEXT = 1600;

    /** One SMS the gateway accepted. */
    public record ReceivedSms(String id, Instant receivedAt, String to, String text, String sender,
                              String idempotencyKey) {
    }

    private final List<ReceivedSms> messages = new ArrayList<>();
    private final Map<String, ReceivedSms> byKey = new HashMap<>();
    private volatile boolean outage;

    public synchronized List<ReceivedSms> messages() {
        return List.copyOf(messages);
    }

    public List<ReceivedSms> messagesTo(String phone) {
        return messages().stream().filter(m -> m.to().equals(phone)).toList();
    }

    /** Waits until {@code count} SMS reached {@code phone}; fails the test otherwise. */
    public List<ReceivedSms> awaitMessagesTo(String phone, int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ReceivedSms> found = messagesTo(phone);
            if (found.size() >= count) {
                return found;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Expected " + count + " SMS to " + phone + " within " + timeout
                        + ", got " + found.size());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public synchronized void purge() {
        messages.clear();
        byKey.clear();
    }

    public void setOutage(boolean outage) {
        this.outage = outage;
    }

    /** Answers the paths under /sms/ and /api/sms; returns false for any other path. */
    boolean handle(HttpExchange exchange, String path, String method) throws IOException {
        switch (path) {
            case "/sms/v1/messages" -> {
                if (!"POST".equals(method)) {
                    send(exchange, 405, "{\"error\":\"method not allowed\"}");
                } else {
                    accept(exchange);
                }
                return true;
            }
            case "/api/sms" -> {
                send(exchange, 200, new Json().toJson(messages().stream().map(FakeSmsGateway::asMap).toList()));
                return true;
            }
            case "/api/sms/outage", "/api/sms/restore" -> {
                if (!"POST".equals(method)) {
                    send(exchange, 405, "{\"error\":\"method not allowed\"}");
                } else {
                    setOutage(path.endsWith("outage"));
                    send(exchange, 200, "{\"outage\":" + outage + "}");
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void accept(HttpExchange exchange) throws IOException {
        if (outage) {
            send(exchange, 503, "{\"error\":\"gateway unavailable (simulated outage)\"}");
            return;
        }
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"missing or wrong token\"}");
            return;
        }
        Map<String, Object> body;
        try {
            body = new Json().toType(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    Map.class);
        } catch (RuntimeException e) {
            send(exchange, 400, "{\"error\":\"body is not JSON\"}");
            return;
        }
        String to = body == null ? null : (String) body.get("to");
        String text = body == null ? null : (String) body.get("text");
        String sender = body == null ? null : (String) body.get("sender");
        if (to == null || !PHONE.matcher(to).matches()) {
            send(exchange, 422, "{\"error\":\"invalid number\"}");
            return;
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            send(exchange, 422, "{\"error\":\"invalid text\"}");
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        ReceivedSms sms;
        boolean repeated;
        synchronized (this) {
            ReceivedSms seen = key == null ? null : byKey.get(key);
            repeated = seen != null;
            if (repeated) {
                sms = seen;
            } else {
                sms = new ReceivedSms("sms-" + (messages.size() + 1), Instant.now(), to, text, sender, key);
                messages.add(sms);
                if (key != null) {
                    byKey.put(key, sms);
                }
            }
        }
        send(exchange, repeated ? 200 : 201, "{\"id\":\"" + sms.id() + "\"}");
    }

    private static Map<String, Object> asMap(ReceivedSms sms) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("id", sms.id());
        map.put("receivedAt", sms.receivedAt().toString());
        map.put("to", sms.to());
        map.put("text", sms.text());
        map.put("sender", sms.sender());
        map.put("idempotencyKey", sms.idempotencyKey());
        return map;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
