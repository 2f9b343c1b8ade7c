package org.rectify.enterprise;

/**
 * The campaign's side of opening a case: the campaign must exist, and the case goes on its
 * roster however it was opened (a campaign start, a roster addition, by hand, at verification),
 * so that every output of the campaign counts the same cases. Implemented by the campaign package.
 */
public interface CaseEnrolment {

    /** Refuses an unknown campaign with an IllegalArgumentException naming {@code campaignId}. */
    void requireCampaign(Long campaignId);

    /** Puts the newly opened case on its campaign's roster, or links the roster entry already there. */
    void enrol(EnterpriseCase opened, String userId);
}
