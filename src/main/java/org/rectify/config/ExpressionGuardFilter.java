package org.rectify.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses engine REST requests whose query parameters or body carry an expression
 * ({@code ${...}} or {@code #{...}}): queries such as {@code assigneeExpression} would otherwise
 * evaluate caller-supplied code. Multipart bodies (deployments, file variables) are resources,
 * not queries, and pass; creating deployments is reserved to administrators by authorization.
 */
class ExpressionGuardFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> offending = offendingQueryParameter(request.getQueryString());
        if (offending.isPresent()) {
            refuse(response, "Query parameter '" + offending.get() + "'");
            return;
        }
        String contentType = Optional.ofNullable(request.getContentType()).orElse("").toLowerCase();
        if (contentType.startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        offending = offendingBodyField(new String(body, StandardCharsets.UTF_8), contentType);
        if (offending.isPresent()) {
            refuse(response, "Body field '" + offending.get() + "'");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private static void refuse(HttpServletResponse response, String where) throws IOException {
        RestErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                where + " carries an expression (${ or #{); expressions are not accepted in REST requests");
    }

    static boolean isExpression(String text) {
        return text != null && (text.contains("${") || text.contains("#{"));
    }

    static Optional<String> offendingQueryParameter(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (isExpression(name) || isExpression(value)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static Optional<String> offendingBodyField(String body, String contentType) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            return offendingQueryParameter(body);
        }
        try {
            return offendingJsonField(JSON.readTree(body), "");
        } catch (JsonProcessingException notJson) {
            return isExpression(body) ? Optional.of("(body)") : Optional.empty();
        }
    }

    private static Optional<String> offendingJsonField(JsonNode node, String path) {
        if (node.isTextual()) {
            return isExpression(node.textValue()) ? Optional.of(path.isEmpty() ? "(body)" : path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = offendingJsonField(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            if (isExpression(field.getKey())) {
                return Optional.of(fieldPath);
            }
            Optional<String> found = offendingJsonField(field.getValue(), fieldPath);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
