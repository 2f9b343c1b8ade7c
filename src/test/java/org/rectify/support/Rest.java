package org.rectify.support;

import java.net.URI;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Engine REST calls as a named user with the demo password. */
public final class Rest {

    public static final String DEMO_PASSWORD = "demo";

    private final TestRestTemplate template;

    private Rest(TestRestTemplate template) {
        this.template = template;
    }

    public static Rest as(TestRestTemplate template, String userId) {
        return new Rest(template.withBasicAuth(userId, DEMO_PASSWORD));
    }

    public static Rest anonymous(TestRestTemplate template) {
        return new Rest(template);
    }

    /** path is sent as given, already percent-encoded where needed */
    public ResponseEntity<String> get(String path) {
        return template.getForEntity(URI.create(template.getRootUri() + "/engine-rest" + path), String.class);
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
        return template.exchange("/engine-rest" + path, method, new HttpEntity<>(json, headers), String.class);
    }
}
