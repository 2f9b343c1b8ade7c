package org.rectify.campaign;

/**
 * One problem of an imported ledger: the Excel row number and column letter as the user sees
 * them (row 1 is the header); both null when the problem is the file itself.
 */
public record RowError(Integer row, String column, String header, String reason) {

    static RowError ofFile(String reason) {
        return new RowError(null, null, null, reason);
    }
}
