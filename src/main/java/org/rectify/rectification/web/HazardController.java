package org.rectify.rectification.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rectify.enterprise.CaseAccessPolicy;
import org.rectify.enterprise.CaseView;
import org.rectify.rectification.HazardArea;
import org.rectify.rectification.HazardEvent;
import org.rectify.rectification.HazardRegister;
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

        static HazardView of(HazardRegister.HazardRecord r, CaseView view) {
            var h = r.hazard();
            return new HazardView(h.getId(), h.code(), h.getCaseId(), h.getDesignFirmId(), h.getArea().name(),
                    h.getSeverity().name(), h.getStandardItem(), h.getDescription(), h.getStatus().name(),
                    view.who(h.getFoundBy()), h.getFoundAt(), r.history().stream().map(e -> event(e, view)).toList());
        }

        private static EventView event(HazardEvent e, CaseView view) {
            return new EventView(e.getKind().name(), e.getRoundNumber(), e.getNote(), e.getFirmId(),
                    view.who(e.getRecordedBy()), e.getRecordedAt());
        }
    }

    private final HazardRegister hazards;
    private final CaseAccessPolicy policy;

    HazardController(HazardRegister hazards, CaseAccessPolicy policy) {
        this.hazards = hazards;
        this.policy = policy;
    }

    @GetMapping
    List<HazardView> query(@RequestParam(required = false) Long caseId, @RequestParam(required = false) Long firm,
                           @RequestParam(required = false) String area) {
        HazardArea parsed = area == null || area.isBlank() ? null : FormValues.choice("area", area, HazardArea.class);
        if (caseId != null) {
            CaseView view = policy.require(caseId);
            return hazards.query(caseId, firm, parsed).stream().map(r -> HazardView.of(r, view)).toList();
        }
        List<HazardRegister.HazardRecord> found = hazards.query(null, firm, parsed);
        if (policy.seesAllCases()) {
            return found.stream().map(r -> HazardView.of(r, CaseView.FULL)).toList();
        }
        // the cases of the list the caller may see, each in the caller's view of it
        Map<Long, CaseView> views = new HashMap<>();
        policy.visibleAmong(found.stream().map(r -> r.hazard().getCaseId()).collect(Collectors.toSet()))
                .forEach(id -> views.put(id, policy.require(id)));
        return found.stream().filter(r -> views.containsKey(r.hazard().getCaseId()))
                .map(r -> HazardView.of(r, views.get(r.hazard().getCaseId()))).toList();
    }
}
