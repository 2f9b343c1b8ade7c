package org.rectify.config;

import org.springframework.boot.autoconfigure.security.SecurityProperties;

/** The order of our servlet filters around Spring Security's (which authenticates first). */
final class FilterOrder {

    /** maps the engine's 500s for lost races and refused input to 4xx; wraps what follows */
    static final int ENGINE_ERRORS = SecurityProperties.DEFAULT_FILTER_ORDER + 5;
    static final int EXPRESSION_GUARD = SecurityProperties.DEFAULT_FILTER_ORDER + 10;
    static final int TASK_REQUESTS = SecurityProperties.DEFAULT_FILTER_ORDER + 20;
    static final int ENGINE_AUTHENTICATION = SecurityProperties.DEFAULT_FILTER_ORDER + 30;

    private FilterOrder() {
    }
}
