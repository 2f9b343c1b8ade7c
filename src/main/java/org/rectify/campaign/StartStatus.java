package org.rectify.campaign;

/**
 * How far the start of a campaign has got: {@code started} of {@code total} enterprises on
 * the roster have their case; {@code queued} are waiting for the job executor; {@code pending}
 * were added after the last start and wait for the next one. While it runs: how many batches a
 * node is working on right now and how many failed (each an incident in Cockpit).
 */
public record StartStatus(Long campaignId, String state, String stateLabel, long total, long started, long queued,
                          long pending, long runningBatches, long failedBatches, String message) {

    /** The job lock: a batch whose node stopped is taken up by another node once it expires. */
    static final String LOCK_NOTE = "节点停止时，其批次在锁到期后（最长1分钟）由其他节点接手 A batch whose node stopped"
            + " is taken up by another node when its lock expires (within a minute)";

    static StartStatus of(Long campaignId, long started, long queued, long pending, boolean everRequested,
                          long runningBatches, long failedBatches) {
        long total = started + queued + pending;
        StartState state = queued > 0 ? StartState.STARTING
                : everRequested ? StartState.STARTED : StartState.NOT_STARTED;
        StringBuilder message = new StringBuilder("已立案 " + started + " / " + total + " Cases opened: " + started
                + " of " + total);
        if (pending > 0 && everRequested) {
            message.append("; 待立案 ").append(pending).append(" not started yet");
        }
        if (queued > 0) {
            message.append("; ").append(runningBatches).append(" 个批次执行中 batches running now");
            if (failedBatches > 0) {
                message.append("; ").append(failedBatches).append(" 个批次失败，见 Cockpit 故障 batches failed, see"
                        + " their incidents in Cockpit");
            }
            message.append("; ").append(LOCK_NOTE);
        }
        return new StartStatus(campaignId, state.name(), state.displayName(), total, started, queued, pending,
                runningBatches, failedBatches, message.toString());
    }

    StartStatus withMessage(String message) {
        return new StartStatus(campaignId, state, stateLabel, total, started, queued, pending, runningBatches,
                failedBatches, message);
    }
}
