package org.rectify.config;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rectify.shared.FormValidation.InvalidFormInputException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API (both paths) answers 500 for anything a listener throws and for races it
 * loses. Where the caller can act on it, the answer says so instead:
 * <ul>
 *   <li>a listener refused the submitted data (our InvalidFormInputException): 400 with its message,
 *       without the engine's codes, which Tasklist shows as it is;</li>
 *   <li>someone else changed the same record meanwhile (optimistic locking) or claimed the task
 *       first: 409, naming who holds the task now when the request was a claim;</li>
 *   <li>the task is gone (completed meanwhile): 404.</li>
 * </ul>
 */
class EngineErrorsFilter extends OncePerRequestFilter {

    static final String CHANGED_MEANWHILE = "已被他人修改，请刷新后重试 Changed by someone else meanwhile; reload and try again";
    static final String TASK_GONE = "任务不存在或已办结 The task does not exist or is already completed";

    private static final Pattern CLAIM = Pattern.compile("/task/([^/]+)/claim$");

    /** The assignee of a task now, or null: named in the answer to a claim that lost the race. */
    private final Function<String, String> holderOf;

    EngineErrorsFilter(Function<String, String> holderOf) {
        this.holderOf = holderOf;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            Optional<Translated> translated = translate(wrapper.getContentAsByteArray());
            if (translated.isPresent()) {
                translated = translated.map(t -> namingTheHolder(request, t));
                wrapper.resetBuffer();
                RestErrors.write(wrapper, translated.get().status(), translated.get().type(), translated.get().message());
            }
        }
        wrapper.copyBodyToResponse();
    }

    record Translated(int status, String type, String message) {
    }

    private Translated namingTheHolder(HttpServletRequest request, Translated translated) {
        Matcher claim = CLAIM.matcher(request.getRequestURI());
        if (translated.status() != HttpServletResponse.SC_CONFLICT || !claim.find()) {
            return translated;
        }
        String holder = holderOf.apply(claim.group(1));
        return holder == null ? translated
                : new Translated(translated.status(), "TaskAlreadyClaimedException", TaskRequestFilter.claimedBy(holder));
    }

    static Optional<Translated> translate(byte[] body) {
        JsonNode error;
        try {
            error = RestErrors.json().readTree(body);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        return translate(error.path("type").asText(""), error.path("message").asText(""));
    }

    /** An engine exception's message, as our own API meets it. */
    static Optional<Translated> translate(String message) {
        return translate("", message == null ? "" : message);
    }

    private static Optional<Translated> translate(String type, String message) {
        int marker = message.indexOf(InvalidFormInputException.MARKER);
        if (marker >= 0) {
            String text = message.substring(marker + InvalidFormInputException.MARKER.length())
                    .replaceAll("['\\s]+$", "");
            return Optional.of(new Translated(HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", text));
        }
        if (type.equals("OptimisticLockingException") || message.contains("ENGINE-03005")) {
            return Optional.of(new Translated(HttpServletResponse.SC_CONFLICT, "OptimisticLockingException",
                    CHANGED_MEANWHILE));
        }
        if (type.equals("TaskAlreadyClaimedException")) {
            return Optional.of(new Translated(HttpServletResponse.SC_CONFLICT, type,
                    "任务已被他人签收 The task was claimed by someone else meanwhile; reload"));
        }
        if (message.startsWith("Cannot find task with id") || message.contains("task is null")
                || message.contains("Cannot find task")) {
            return Optional.of(new Translated(HttpServletResponse.SC_NOT_FOUND, "NotFoundException", TASK_GONE));
        }
        return Optional.empty();
    }
}
