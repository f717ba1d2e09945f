package it.cassetto.notification.internal;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends SMS through an HTTP SMS gateway: {@code POST {gateway}/v1/messages} with a bearer token, an
 * {@code Idempotency-Key} header (the outbox dedup key, so a retried request is not sent twice) and a JSON
 * body {@code {"to": "+39...", "text": "...", "sender": "INPS"}}. 2xx means accepted; 408, 429 and 5xx are
 * retried; any other 4xx is a permanent refusal. Development and tests use the fake gateway of the local
 * stack, which speaks the same protocol (see docs/decisions/DD005-notification-outbox.md).
 */
public class SmsCourier implements Courier {

    private final HttpClient client;
    private final URI endpoint;
    private final String token;
    private final String sender;

    public SmsCourier(String gatewayUrl, String token, String sender) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.endpoint = URI.create(gatewayUrl + "/v1/messages");
        this.token = token;
        this.sender = sender;
    }

    @Override
    public void deliver(OutboxMessage message) throws DeliveryException {
        String body = Json.createObjectBuilder()
                .add("to", message.notification().recipient())
                .add("text", message.notification().body())
                .add("sender", sender)
                .build().toString();
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", message.notification().dedupKey())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException("SMS gateway unreachable: " + e.getMessage(), false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", false, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        boolean retry = status == 408 || status == 429 || status >= 500;
        throw new DeliveryException("SMS gateway answered " + status + ": " + abbreviate(response.body()), !retry,
                null);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
    }
}
