package org.rectify.support;

import static org.rectify.closure.ClosureVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Form submissions of the closure, licence and relocation tasks. */
public final class ClosureForms {

    private ClosureForms() {
    }

    public static Map<String, Object> notice(LocalDate stopBy) {
        return Map.of(STOP_PRODUCTION_BY, stopBy.toString(), CLOSURE_NOTICE_TEXT, "限期停产关闭 Stop production and close");
    }

    public static Map<String, Object> check(boolean allDone, LocalDate recheck) {
        Map<String, Object> form = new HashMap<>();
        form.put(PRODUCTION_STOPPED, true);
        form.put(MATERIALS_DISPOSED, allDone);
        form.put(EQUIPMENT_DISMANTLED, true);
        form.put(UTILITIES_CUT, true);
        form.put(DISPOSAL_METHOD, "委托有资质单位处置 By a licensed disposer");
        form.put(DISPOSAL_QUANTITY, "3.5 吨");
        form.put(DISPOSAL_RECIPIENT, "绿源危废处置有限公司");
        form.put(RECHECK_DATE, recheck == null ? null : recheck.toString());
        form.put(CLOSURE_CHECK_NOTE, allDone ? "关闭到位 Closed" : "原料未处置 Materials still on site");
        return form;
    }

    public static Map<String, Object> licence(String action) {
        Map<String, Object> form = new HashMap<>();
        form.put(LICENCE_ACTION, action);
        form.put(LICENCE_NUMBER, "320583000123456");
        form.put(LICENCE_ACTION_DATE, LocalDate.now().toString());
        form.put(SAFETY_LICENCE, "REVOKED");
        form.put(DISCHARGE_PERMIT, "REVOKED");
        form.put(LICENCE_NOTE, "");
        return form;
    }

    public static Map<String, Object> relocationPlan() {
        return Map.of(TARGET_PARK, "滨江化工园区 Binjiang chemical park",
                PLANNED_MOVE_DATE, LocalDate.now().plusMonths(2).toString(),
                PLANNED_COMPLETION_DATE, LocalDate.now().plusMonths(6).toString(),
                RELOCATION_PLAN_TEXT, "分两期搬迁 Move in two phases");
    }

    public static Map<String, Object> newSite(boolean accepted) {
        return Map.of(NEW_SITE_ACCEPTED, accepted, NEW_SITE_NOTE, accepted ? "符合要求 Accepted" : "消防未验收 Fire check missing");
    }
}
