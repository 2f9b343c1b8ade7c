package org.rectify.support;

import java.net.URI;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** REST calls as a named user with the demo password: the engine's by default, ours after {@link #api()}. */
public final class Rest {

    public static final String DEMO_PASSWORD = "demo";

    private final TestRestTemplate template;
    private final String prefix;

    private Rest(TestRestTemplate template, String prefix) {
        this.template = template;
        this.prefix = prefix;
    }

    public static Rest as(TestRestTemplate template, String userId) {
        return new Rest(template.withBasicAuth(userId, DEMO_PASSWORD), "/engine-rest");
    }

    public static Rest anonymous(TestRestTemplate template) {
        return new Rest(template, "/engine-rest");
    }

    /** The same user on Rectify's own API under /api. */
    public Rest api() {
        return new Rest(template, "/api");
    }

    /** path is sent as given, already percent-encoded where needed */
    public ResponseEntity<String> get(String path) {
        return template.getForEntity(URI.create(template.getRootUri() + prefix + path), String.class);
    }

    public ResponseEntity<String> post(String path, String json) {
        return exchange(HttpMethod.POST, path, json);
    }

    public ResponseEntity<String> put(String path, String json) {
        return exchange(HttpMethod.PUT, path, json);
    }

    public ResponseEntity<String> delete(String path) {
        return exchange(HttpMethod.DELETE, path, null);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return template.exchange(prefix + path, method, new HttpEntity<>(json, headers), String.class);
    }
}
