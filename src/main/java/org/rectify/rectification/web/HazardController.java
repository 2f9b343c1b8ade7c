package org.rectify.rectification.web;

import java.time.Instant;
import java.util.List;
import org.rectify.rectification.CaseAccess;
import org.rectify.rectification.HazardArea;
import org.rectify.rectification.HazardEvent;
import org.rectify.rectification.HazardRegister;
import org.rectify.shared.Caller;
import org.rectify.shared.FormValues;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The hazard register (隐患台账): every hazard with its whole history, by case, firm and area. */
@RestController
@RequestMapping("/api/hazards")
class HazardController {

    record EventView(String kind, int round, String note, Long firmId, String recordedBy, Instant recordedAt) {
    }

    record HazardView(Long id, String code, Long caseId, Long designFirmId, String area, String severity,
                      String standardItem, String description, String status, String foundBy, Instant foundAt,
                      List<EventView> history) {

        static HazardView of(HazardRegister.HazardRecord r) {
            var h = r.hazard();
            return new HazardView(h.getId(), h.code(), h.getCaseId(), h.getDesignFirmId(), h.getArea().name(),
                    h.getSeverity().name(), h.getStandardItem(), h.getDescription(), h.getStatus().name(),
                    h.getFoundBy(), h.getFoundAt(), r.history().stream().map(HazardView::event).toList());
        }

        private static EventView event(HazardEvent e) {
            return new EventView(e.getKind().name(), e.getRoundNumber(), e.getNote(), e.getFirmId(),
                    e.getRecordedBy(), e.getRecordedAt());
        }
    }

    private final HazardRegister hazards;
    private final CaseAccess access;
    private final Caller caller;

    HazardController(HazardRegister hazards, CaseAccess access, Caller caller) {
        this.hazards = hazards;
        this.access = access;
        this.caller = caller;
    }

    @GetMapping
    List<HazardView> query(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long firm,
                           @RequestParam(required = false) String area) {
        caller.userId();
        if (access.callerIsAnEnterprise() && (caseId == null || !access.isCaseEnterprise(caseId))) {
            throw new Caller.NotAllowedException("An enterprise sees the hazards of its own case only: pass its caseId");
        }
        HazardArea parsed = area == null || area.isBlank() ? null : FormValues.choice("area", area, HazardArea.class);
        return hazards.query(caseId, firm, parsed).stream().map(HazardView::of).toList();
    }
}
