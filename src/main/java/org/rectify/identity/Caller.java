package org.rectify.identity;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The authenticated caller of our own /api endpoints and the groups they act for. */
@Component
public class Caller {

    private final IdentityService identityService;

    Caller(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String userId() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null) {
            throw new NotAllowedException("Authentication required");
        }
        return authentication.getUserId();
    }

    /** The groups the caller belongs to. */
    public List<String> groups() {
        userId();
        List<String> groups = identityService.getCurrentAuthentication().getGroupIds();
        return groups == null ? List.of() : groups;
    }

    /** Passes for members of any of the agencies and for administrators. */
    public String requireAnyOf(Agency... agencies) {
        String userId = userId();
        List<String> groups = identityService.getCurrentAuthentication().getGroupIds();
        boolean allowed = groups != null && (groups.contains(Groups.CAMUNDA_ADMIN)
                || Arrays.stream(agencies).map(Agency::groupId).anyMatch(groups::contains));
        if (!allowed && agencies.length == 0) {
            throw new NotAllowedException("仅限系统管理员 Only administrators (camunda-admin) may do this; user '"
                    + userId + "' is not one");
        }
        if (!allowed) {
            throw new NotAllowedException("无权办理，须为" + Arrays.stream(agencies).map(a -> a.displayName().split(" ")[0])
                    .collect(java.util.stream.Collectors.joining("、")) + "人员 User '" + userId
                    + "' may not do this; it needs one of the groups " + Arrays.stream(agencies).map(Agency::groupId).toList());
        }
        return userId;
    }

    public static class NotAllowedException extends RuntimeException {
        public NotAllowedException(String message) {
            super(message);
        }
    }
}
