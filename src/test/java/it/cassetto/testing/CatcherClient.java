package it.cassetto.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the test stack's mail catcher and fake SMS gateway over their HTTP API, for Arquillian tests that
 * run inside Payara Micro (a JVM apart from the stack's): mails and SMS received, and the simulated
 * outages. The web port comes from {@code CASSETTO_TEST_MAIL_WEB_PORT}, which Payara inherits.
 */
public final class CatcherClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public CatcherClient() {
        String port = System.getenv("CASSETTO_TEST_MAIL_WEB_PORT");
        this.base = "http://127.0.0.1:" + (port == null ? "18025" : port);
    }

    /** The mails delivered to {@code address}, oldest first, as the catcher's JSON objects. */
    public List<JsonObject> mailsTo(String address) {
        return array(get("/api/messages?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8)));
    }

    /**
     * The full MIME source (with attachments) of the mails delivered to {@code address}, oldest first: the
     * catcher numbers every mail by its place in the whole list, which {@code /raw?id=N} serves.
     */
    public List<String> rawMailsTo(String address) {
        List<JsonObject> all = array(get("/api/messages"));
        List<String> raw = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getJsonArray("recipients").getValuesAs(jakarta.json.JsonString.class).stream()
                    .anyMatch(r -> r.getString().equalsIgnoreCase(address))) {
                raw.add(get("/raw?id=" + (i + 1)));
            }
        }
        return raw;
    }

    /** The SMS the fake gateway accepted for {@code phone}. */
    public List<JsonObject> smsTo(String phone) {
        return array(get("/api/sms")).stream().filter(o -> phone.equals(o.getString("to", null))).toList();
    }

    /** Waits up to {@code timeout} for at least {@code count} mails to {@code address}. */
    public List<JsonObject> awaitMailsTo(String address, int count, Duration timeout) {
        return await(() -> mailsTo(address), l -> l.size() >= count, timeout, count + " mails to " + address);
    }

    public List<JsonObject> awaitSmsTo(String phone, int count, Duration timeout) {
        return await(() -> smsTo(phone), l -> l.size() >= count, timeout, count + " SMS to " + phone);
    }

    public void smtpOutage(boolean on) {
        post(on ? "/api/smtp/outage" : "/api/smtp/restore");
    }

    public void smsOutage(boolean on) {
        post(on ? "/api/sms/outage" : "/api/sms/restore");
    }

    private static List<JsonObject> await(java.util.function.Supplier<List<JsonObject>> read,
                                          Predicate<List<JsonObject>> done, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        List<JsonObject> last = read.get();
        while (!done.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Expected " + what + " within " + timeout + ", got " + last.size());
            }
            sleep(200);
            last = read.get();
        }
        return last;
    }

    /** Sleeps, turning an interruption into a test failure. */
    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private void post(String path) {
        send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(request.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static List<JsonObject> array(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.getValuesAs(JsonObject.class);
        }
    }
}
