package org.rectify.campaign;

/** What an accepted ledger changed. */
public record ImportReport(int rows, int created, int updated, int unchanged, int addedToRoster,
                           int alreadyOnRoster, long rosterSize) {
}
