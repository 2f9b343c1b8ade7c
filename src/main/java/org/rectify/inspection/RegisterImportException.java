package org.rectify.inspection;

import java.util.List;

/** The register was refused as a whole; nothing of it was imported. */
public class RegisterImportException extends RuntimeException {

    private final List<RegisterError> errors;

    RegisterImportException(List<RegisterError> errors) {
        super("名录有 " + errors.size() + " 处错误，未导入任何单位或设备 The register has " + errors.size()
                + " problem(s); nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RegisterError> errors() {
        return errors;
    }
}
