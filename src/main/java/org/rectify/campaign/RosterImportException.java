package org.rectify.campaign;

import java.util.List;

/** The ledger was refused as a whole; nothing of it was imported. */
public class RosterImportException extends RuntimeException {

    private final List<RowError> errors;

    RosterImportException(List<RowError> errors) {
        super("台账有 " + errors.size() + " 处错误，未导入任何企业 The ledger has " + errors.size()
                + " problem(s); nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
