package org.rectify.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.rectify.shared.FormValidation.InvalidFormInputException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API reports any exception from a task listener as 500. When a listener
 * refused the submitted data, the client is at fault: answer 400, keeping the message that
 * names the field.
 */
class InvalidInputStatusFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
            if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
                    && new String(wrapper.getContentAsByteArray(), StandardCharsets.UTF_8)
                            .contains(InvalidFormInputException.MARKER)) {
                wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } finally {
            wrapper.copyBodyToResponse();
        }
    }
}
