package org.rectify.inspection;

/**
 * One problem of an imported register: the sheet, the Excel row (row 1 is the header) and the column
 * header as the user sees them; row and column are null when the problem is the file or the sheet.
 */
public record RegisterError(String sheet, Integer row, String column, String reason) {
}
