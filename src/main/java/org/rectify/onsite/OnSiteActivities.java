package org.rectify.onsite;

import java.util.List;

/** The tasks done standing in a plant or a crowded place, which the phone page offers. */
public final class OnSiteActivities {

    public static final List<String> ACTIVITIES = List.of("Activity_SurveyEnterprise", "Activity_VerifyOnSite",
            "Activity_VerifyClosure", "Activity_ConductOnSiteAcceptance", "Activity_InspectUnit",
            "Activity_RecheckRectification");

    private OnSiteActivities() {
    }
}
