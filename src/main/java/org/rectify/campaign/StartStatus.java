package org.rectify.campaign;

/**
 * How far the start of a campaign has got: {@code started} of {@code total} enterprises on
 * the roster have their case; {@code queued} are waiting for the job executor; {@code pending}
 * were added after the last start and wait for the next one.
 */
public record StartStatus(Long campaignId, String state, String stateLabel, long total, long started, long queued,
                          long pending, String message) {

    static StartStatus of(Long campaignId, long started, long queued, long pending, boolean everRequested) {
        long total = started + queued + pending;
        StartState state = queued > 0 ? StartState.STARTING
                : everRequested ? StartState.STARTED : StartState.NOT_STARTED;
        String message = "已立案 " + started + " / " + total + " Cases opened: " + started + " of " + total
                + (pending > 0 && everRequested ? "; 待立案 " + pending + " not started yet" : "");
        return new StartStatus(campaignId, state.name(), state.displayName(), total, started, queued, pending, message);
    }

    StartStatus withMessage(String message) {
        return new StartStatus(campaignId, state, stateLabel, total, started, queued, pending, message);
    }
}
