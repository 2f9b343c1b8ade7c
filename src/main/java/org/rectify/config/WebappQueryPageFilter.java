package org.rectify.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses list queries of authenticated users that do not page (queryMaxResultsLimit);
 * a few of the webapps' own queries do not (Cockpit's list of a definition's versions, for one).
 * Their GET requests on the webapps' engine API get the limit as their page size when they name
 * none, so the webapps keep working under the limit. /engine-rest callers must page themselves.
 */
class WebappQueryPageFilter extends OncePerRequestFilter {

    static final String MAX_RESULTS = "maxResults";

    private final int limit;

    WebappQueryPageFilter(int limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getParameter(MAX_RESULTS) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new PagedRequest(request, String.valueOf(limit)), response);
    }

    private static final class PagedRequest extends HttpServletRequestWrapper {

        private final String maxResults;

        PagedRequest(HttpServletRequest request, String maxResults) {
            super(request);
            this.maxResults = maxResults;
        }

        @Override
        public String getQueryString() {
            String query = super.getQueryString();
            return (query == null || query.isEmpty() ? "" : query + "&") + MAX_RESULTS + "=" + maxResults;
        }

        @Override
        public String getParameter(String name) {
            return MAX_RESULTS.equals(name) ? maxResults : super.getParameter(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
            parameters.put(MAX_RESULTS, new String[] {maxResults});
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return MAX_RESULTS.equals(name) ? new String[] {maxResults} : super.getParameterValues(name);
        }
    }
}
