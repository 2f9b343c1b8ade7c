package org.rectify.rectification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rectify.enterprise.CaseEnded;
import org.rectify.shared.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed-loop hazard management (隐患治理闭环): every hazard is found, rectified, verified and
 * perhaps re-opened, and each step is written as a {@link HazardEvent}.
 */
@Service
@Transactional
public class HazardRegister {

    /** A hazard with its whole history. */
    public record HazardRecord(Hazard hazard, List<HazardEvent> history) {
    }

    private final HazardRepository hazards;
    private final HazardEventRepository events;

    HazardRegister(HazardRepository hazards, HazardEventRepository events) {
        this.hazards = hazards;
        this.events = events;
    }

    List<Hazard> find(Long caseId, List<HazardLines.Draft> drafts, Long designFirmId, String userId) {
        List<Hazard> found = new ArrayList<>();
        for (HazardLines.Draft d : drafts) {
            Hazard hazard = hazards.save(new Hazard(caseId, designFirmId, d.area(), d.severity(), d.standardItem(),
                    d.description(), userId));
            events.save(new HazardEvent(hazard.getId(), HazardEvent.Kind.FOUND, 0, null, designFirmId, userId));
            found.add(hazard);
        }
        return found;
    }

    /** Marks hazards rectified; refuses while any hazard of the case stays open. */
    void rectify(Long caseId, int round, Map<Long, String> evidence, String userId) {
        Map<Long, Hazard> ofCase = byId(caseId);
        evidence.forEach((id, text) -> {
            Hazard hazard = require(ofCase, RectificationVariables.RECTIFICATION_EVIDENCE, id);
            if (hazard.getStatus() != Hazard.Status.OPEN) {
                throw new IllegalArgumentException(RectificationVariables.RECTIFICATION_EVIDENCE + ": " + hazard.code()
                        + " is not open (" + hazard.getStatus() + ")");
            }
            hazard.moveTo(Hazard.Status.RECTIFIED);
            events.save(new HazardEvent(id, HazardEvent.Kind.RECTIFIED, round, text, null, userId));
        });
        List<Hazard> open = ofCase.values().stream().filter(h -> h.getStatus() == Hazard.Status.OPEN)
                .sorted(Comparator.comparing(Hazard::getId)).toList();
        if (!open.isEmpty()) {
            throw new IllegalArgumentException(RectificationVariables.RECTIFICATION_EVIDENCE
                    + ": 仍有未整改隐患 hazards still open, give evidence for each: "
                    + open.stream().map(h -> h.code() + " " + h.getDescription()).collect(Collectors.joining("; ")));
        }
    }

    /** Every rectified hazard gets a verdict; one not verified is open again. */
    void verify(Long caseId, int round, Map<Long, HazardLines.VerdictLine> verdicts, Long firmId, String userId) {
        Map<Long, Hazard> ofCase = byId(caseId);
        verdicts.keySet().forEach(id -> {
            Hazard hazard = require(ofCase, RectificationVariables.HAZARD_VERDICTS, id);
            if (hazard.getStatus() != Hazard.Status.RECTIFIED) {
                throw new IllegalArgumentException(RectificationVariables.HAZARD_VERDICTS + ": " + hazard.code()
                        + " is " + hazard.getStatus() + ", only rectified hazards are verified");
            }
        });
        List<String> missing = ofCase.values().stream()
                .filter(h -> h.getStatus() == Hazard.Status.RECTIFIED && !verdicts.containsKey(h.getId()))
                .sorted(Comparator.comparing(Hazard::getId)).map(Hazard::code).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(RectificationVariables.HAZARD_VERDICTS
                    + ": give a verdict for every rectified hazard; missing " + String.join(", ", missing));
        }
        verdicts.forEach((id, v) -> {
            boolean ok = v.verdict() == HazardLines.Verdict.VERIFIED;
            ofCase.get(id).moveTo(ok ? Hazard.Status.VERIFIED : Hazard.Status.OPEN);
            events.save(new HazardEvent(id, ok ? HazardEvent.Kind.VERIFIED : HazardEvent.Kind.NOT_VERIFIED, round,
                    v.note(), firmId, userId));
        });
    }

    void reopen(Long caseId, int round, List<Long> ids, String note, String userId) {
        Map<Long, Hazard> ofCase = byId(caseId);
        for (Long id : ids) {
            Hazard hazard = require(ofCase, RectificationVariables.REOPEN_HAZARDS, id);
            if (hazard.getStatus() != Hazard.Status.OPEN) {
                hazard.moveTo(Hazard.Status.OPEN);
                events.save(new HazardEvent(id, HazardEvent.Kind.REOPENED, round, note, null, userId));
            }
        }
    }

    /**
     * A plant that closed or moved away takes its hazards with it: those not yet verified are closed
     * with that reason, so that hazards closed reach the total.
     */
    @EventListener
    void onCaseEnded(CaseEnded ended) {
        String reason = switch (ended.outcome()) {
            case CLOSED -> "企业已关闭，隐患随之销号 Closed with the plant";
            case RELOCATED -> "企业已搬迁入园，原址隐患随之销号 Closed as the plant moved into a park";
            case CONVERTED -> "企业已退二进三，隐患随之销号 Closed as the site turned to services";
            default -> null;
        };
        if (reason == null) {
            return;
        }
        for (Hazard hazard : hazards.findByCaseIdOrderByIdAsc(ended.caseId())) {
            if (hazard.getStatus() != Hazard.Status.VERIFIED && hazard.getStatus() != Hazard.Status.CLOSED) {
                hazard.moveTo(Hazard.Status.CLOSED);
                events.save(new HazardEvent(hazard.getId(), HazardEvent.Kind.CLOSED, 0, reason, null, CurrentUser.SYSTEM));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Hazard> ofCase(Long caseId) {
        return hazards.findByCaseIdOrderByIdAsc(caseId);
    }

    /** The register, filtered by any of case, firm (that found or verified it) and area. */
    @Transactional(readOnly = true)
    public List<HazardRecord> query(Long caseId, Long firmId, HazardArea area) {
        List<Hazard> selected = (caseId == null ? hazards.findAll(org.springframework.data.domain.Sort.by("id"))
                : hazards.findByCaseIdOrderByIdAsc(caseId)).stream()
                .filter(h -> area == null || h.getArea() == area)
                .toList();
        Map<Long, List<HazardEvent>> history = selected.isEmpty() ? Map.of()
                : events.findByHazardIdInOrderByIdAsc(selected.stream().map(Hazard::getId).toList()).stream()
                        .collect(Collectors.groupingBy(HazardEvent::getHazardId));
        return selected.stream()
                .map(h -> new HazardRecord(h, history.getOrDefault(h.getId(), List.of())))
                .filter(r -> firmId == null || firmId.equals(r.hazard().getDesignFirmId())
                        || r.history().stream().anyMatch(e -> firmId.equals(e.getFirmId())))
                .toList();
    }

    private Map<Long, Hazard> byId(Long caseId) {
        return hazards.findByCaseIdOrderByIdAsc(caseId).stream()
                .collect(Collectors.toMap(Hazard::getId, Function.identity()));
    }

    private static Hazard require(Map<Long, Hazard> ofCase, String field, Long id) {
        Hazard hazard = ofCase.get(id);
        if (hazard == null) {
            throw new IllegalArgumentException(field + ": H" + id + " is not a hazard of this case");
        }
        return hazard;
    }
}
