package org.rectify.shared;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on behalf of the application after our own service has decided the caller
 * may act (e.g. a district office opening a case), so agencies need no broad engine grants.
 */
@Component
public class EngineAsSystem {

    private final IdentityService identityService;

    EngineAsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
