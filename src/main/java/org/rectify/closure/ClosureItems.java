package org.rectify.closure;

import java.util.ArrayList;
import java.util.List;

/** What a closure check found on site. */
public record ClosureItems(boolean productionStopped, boolean materialsDisposed, boolean equipmentDismantled,
                           boolean utilitiesCut, String disposalMethod, String disposalQuantity,
                           String disposalRecipient) {

    public boolean allDone() {
        return productionStopped && materialsDisposed && equipmentDismantled && utilitiesCut;
    }

    /** Bilingual names of the items not yet done. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!productionStopped) {
            missing.add("停止生产 production stopped");
        }
        if (!materialsDisposed) {
            missing.add("处置原料和产品 materials disposed of");
        }
        if (!equipmentDismantled) {
            missing.add("拆除设备 equipment dismantled");
        }
        if (!utilitiesCut) {
            missing.add("断水断电 water and power cut");
        }
        return missing;
    }
}
