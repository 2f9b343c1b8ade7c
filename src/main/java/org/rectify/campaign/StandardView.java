package org.rectify.campaign;

import java.util.List;

public record StandardView(Long id, String code, String name, List<StandardItem> items) {

    static StandardView of(UpgradeStandard s) {
        return new StandardView(s.getId(), s.getCode(), s.getName(), s.getItems());
    }
}
