package org.rectify.inspection;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.rectify.inspection.InspectionViews.CampaignView;
import org.rectify.inspection.InspectionViews.DrawAudit;
import org.rectify.inspection.InspectionViews.InspectionView;
import org.rectify.inspection.InspectionViews.PublicEntry;
import org.rectify.inspection.InspectionViews.PublicHazard;
import org.rectify.inspection.InspectionViews.PublicityView;
import org.rectify.shared.EngineAsSystem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inspection campaigns (双随机、一公开): planning, the recorded random draw and its audit, the start of
 * one Process_EquipmentInspection per drawn unit, publicity, and the publication of the results once
 * the bureau approved it.
 */
@Service
@Transactional
public class InspectionCampaigns {

    private final InspectionCampaignRepository campaigns;
    private final UnitInspectionRepository inspections;
    private final EquipmentUnitRepository units;
    private final SpecialEquipmentRepository equipment;
    private final InspectorRepository inspectors;
    private final EquipmentCheckRepository checks;
    private final InspectionHazardRepository hazards;
    private final InspectionPublicityRepository publicity;
    private final DrawFrames frames;
    private final RuntimeService runtimeService;
    private final EngineAsSystem engine;
    private final SecureRandom seeds = new SecureRandom();

    InspectionCampaigns(InspectionCampaignRepository campaigns, UnitInspectionRepository inspections,
                        EquipmentUnitRepository units, SpecialEquipmentRepository equipment,
                        InspectorRepository inspectors, EquipmentCheckRepository checks,
                        InspectionHazardRepository hazards, InspectionPublicityRepository publicity, DrawFrames frames,
                        RuntimeService runtimeService, EngineAsSystem engine) {
        this.campaigns = campaigns;
        this.inspections = inspections;
        this.units = units;
        this.equipment = equipment;
        this.inspectors = inspectors;
        this.checks = checks;
        this.hazards = hazards;
        this.publicity = publicity;
        this.frames = frames;
        this.runtimeService = runtimeService;
        this.engine = engine;
    }

    public CampaignView create(InspectionPlan plan, String userId) {
        return view(campaigns.save(new InspectionCampaign(plan, userId)));
    }

    @Transactional(readOnly = true)
    public List<CampaignView> campaigns() {
        return campaigns.findAllByOrderByIdDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public CampaignView campaign(Long id) {
        return view(require(id));
    }

    /**
     * Draws the campaign's units from the register (its scope) and two inspectors for each, with the
     * given seed or a fresh random one; records seed, frame and result. A campaign is drawn once.
     */
    public CampaignView draw(Long campaignId, Long requestedSeed, String userId) {
        InspectionCampaign campaign = requireLocked(campaignId);
        if (campaign.isDrawn()) {
            throw new IllegalStateException("本次检查已抽取 Campaign " + campaignId + " was drawn on "
                    + campaign.getDrawnAt() + " with seed " + campaign.getDrawSeed() + "; a draw is not repeated,"
                    + " it is audited (GET .../draw/audit)");
        }
        Set<PlaceKind> kinds = Set.copyOf(campaign.placeKindList());
        Set<RiskLevel> risks = Set.copyOf(campaign.riskList());
        Set<String> townships = Set.copyOf(campaign.townshipList());
        List<EquipmentUnit> eligible = units.findAllByOrderByIdAsc().stream()
                .filter(u -> kinds.isEmpty() || kinds.contains(u.getPlaceKind()))
                .filter(u -> risks.isEmpty() || risks.contains(u.getRisk()))
                .filter(u -> townships.isEmpty() || townships.contains(u.getTownship()))
                .toList();
        Map<Long, Set<String>> previous = new HashMap<>();
        inspections.findByUnitIdInAndCampaignIdNotOrderByIdDesc(eligible.stream().map(EquipmentUnit::getId).toList(),
                campaignId).forEach(i -> previous.computeIfAbsent(i.getUnitId(), id -> new HashSet<>())
                .addAll(List.of(i.getInspectorOne(), i.getInspectorTwo())));
        DrawFrames.Frame frame = new DrawFrames.Frame(
                eligible.stream().map(u -> new InspectionDraw.Unit(u.getId(), u.getTownship(),
                        previous.getOrDefault(u.getId(), Set.of()))).toList(),
                inspectors.findByActiveTrueOrderByUserIdAsc().stream()
                        .map(i -> new InspectionDraw.Candidate(i.getUserId(), i.getTownship())).toList());
        long seed = requestedSeed != null ? requestedSeed : seeds.nextLong();
        List<InspectionDraw.Pick> picks = InspectionDraw.draw(seed, frame.units(), campaign.getTargetUnits(),
                frame.inspectors(), campaign.isExcludeSameTownship());
        campaign.drawn(seed, userId);
        frames.record(campaignId, frame);
        inspections.saveAll(picks.stream().map(p -> new UnitInspection(campaignId, p.unitId(), p.position(),
                p.inspectorOne(), p.inspectorTwo())).toList());
        return view(campaign);
    }

    /** Re-runs the recorded draw from its seed and frame and compares it with what was recorded. */
    @Transactional(readOnly = true)
    public DrawAudit audit(Long campaignId) {
        InspectionCampaign campaign = require(campaignId);
        if (!campaign.isDrawn()) {
            throw new IllegalStateException("本次检查尚未抽取 Campaign " + campaignId + " has not been drawn yet");
        }
        DrawFrames.Frame frame = frames.of(campaignId);
        List<InspectionDraw.Pick> rerun = InspectionDraw.draw(campaign.getDrawSeed(), frame.units(),
                campaign.getTargetUnits(), frame.inspectors(), campaign.isExcludeSameTownship());
        List<InspectionDraw.Pick> recorded = inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId).stream()
                .map(i -> new InspectionDraw.Pick(i.getDrawPosition(), i.getUnitId(), i.getInspectorOne(),
                        i.getInspectorTwo())).toList();
        return new DrawAudit(campaign.getDrawSeed(), frame.units().size(), frame.inspectors().size(),
                campaign.isExcludeSameTownship(), rerun.equals(recorded), recorded, rerun);
    }

    /** Starts the inspection of every drawn unit that has none yet: its two inspectors get the task. */
    public CampaignView start(Long campaignId) {
        InspectionCampaign campaign = requireLocked(campaignId);
        if (!campaign.isDrawn()) {
            throw new IllegalStateException("请先抽取 Campaign " + campaignId + " is started after its draw");
        }
        Map<Long, EquipmentUnit> byId = unitsOf(inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId));
        engine.run(() -> inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId).stream()
                .filter(i -> i.getState() == UnitInspection.State.DRAWN)
                .forEach(i -> runtimeService.startProcessInstanceByKey(EquipmentInspectionVariables.PROCESS_ID,
                        byId.get(i.getUnitId()).getCreditCode(),
                        Map.of(EquipmentInspectionVariables.INSPECTION_ID, i.getId()))));
        return view(campaign);
    }

    @Transactional(readOnly = true)
    public List<InspectionView> inspections(Long campaignId) {
        require(campaignId);
        List<UnitInspection> drawn = inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId);
        Map<Long, EquipmentUnit> byId = unitsOf(drawn);
        List<Long> ids = drawn.stream().map(UnitInspection::getId).toList();
        Map<Long, List<EquipmentCheck>> checked = checks.findByInspectionIdIn(ids).stream()
                .collect(Collectors.groupingBy(EquipmentCheck::getInspectionId));
        Map<Long, List<InspectionHazard>> found = hazards.findByInspectionIdIn(ids).stream()
                .collect(Collectors.groupingBy(InspectionHazard::getInspectionId));
        return drawn.stream().map(i -> {
            EquipmentUnit unit = byId.get(i.getUnitId());
            List<InspectionHazard> own = found.getOrDefault(i.getId(), List.of());
            return new InspectionView(i.getId(), i.getDrawPosition(), unit.getId(), unit.getName(), unit.getCreditCode(),
                    unit.getPlaceKind().label(), unit.getTownship(), i.getInspectorOne(), i.getInspectorTwo(),
                    i.getState(), i.getInspectedOn(), checked.getOrDefault(i.getId(), List.of()).size(), own.size(),
                    count(own, h -> h.getHandling() == InspectionHazard.Handling.CORRECTED_ON_SPOT),
                    count(own, h -> h.getState() == InspectionHazard.State.OPEN), i.getStaffVisits(),
                    i.getVehicleTrips(), i.getRectificationDue(), i.getProcessInstanceId());
        }).toList();
    }

    @Transactional(readOnly = true)
    List<UnitInspection> inspectionsOf(Long campaignId) {
        return inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId);
    }

    public PublicityView recordPublicity(Long campaignId, PublicityEntry entry, String userId) {
        require(campaignId);
        return PublicityView.of(publicity.save(new InspectionPublicity(campaignId, entry, userId)));
    }

    @Transactional(readOnly = true)
    public List<PublicityView> publicity(Long campaignId) {
        require(campaignId);
        return publicity.findByCampaignIdOrderByRecordedOnAscIdAsc(campaignId).stream().map(PublicityView::of).toList();
    }

    /** Asks for the results to be published; another member of the bureau approves. */
    public CampaignView requestPublication(Long campaignId, String userId) {
        InspectionCampaign campaign = require(campaignId);
        if (!campaign.isDrawn()) {
            throw new IllegalStateException("尚未抽取，无结果可公示 Campaign " + campaignId + " has no results to publish");
        }
        if (campaign.getPublicationState() == InspectionCampaign.Publication.APPROVED) {
            throw new IllegalStateException("已公示 The results of campaign " + campaignId + " are published already");
        }
        long waiting = inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId).stream()
                .filter(i -> i.getInspectedOn() == null).count();
        if (waiting > 0) {
            throw new IllegalStateException("尚有 " + waiting + " 家单位未检查 " + waiting + " drawn unit(s) are not"
                    + " inspected yet: the results are published once every drawn unit was inspected");
        }
        campaign.publicationRequested(userId);
        return view(campaign);
    }

    /** The four-eyes approval: not by the one who asked for publication. */
    public CampaignView approvePublication(Long campaignId, String userId) {
        InspectionCampaign campaign = require(campaignId);
        if (campaign.getPublicationState() != InspectionCampaign.Publication.REQUESTED) {
            throw new IllegalStateException("未提交公示申请 Nobody asked to publish the results of campaign " + campaignId
                    + " (POST .../publication first)");
        }
        if (userId.equals(campaign.getPublicationRequestedBy())) {
            throw new IllegalStateException("申请人不能自行批准 The publication is approved by another member of the"
                    + " bureau than " + userId + ", who asked for it");
        }
        campaign.publicationApproved(userId);
        return view(campaign);
    }

    /** The published list: only once approved; it names units and what was found, never a person. */
    @Transactional(readOnly = true)
    public PublishedResults published(Long campaignId) {
        InspectionCampaign campaign = campaigns.findById(campaignId)
                .filter(c -> c.getPublicationState() == InspectionCampaign.Publication.APPROVED)
                .orElseThrow(() -> new NoSuchElementException("campaignId: 无已公示的检查结果 no published results of"
                        + " campaign " + campaignId));
        List<UnitInspection> drawn = inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId);
        Map<Long, EquipmentUnit> byId = unitsOf(drawn);
        Map<Long, SpecialEquipment> pieces = equipment.findByUnitIdIn(byId.keySet()).stream()
                .collect(Collectors.toMap(SpecialEquipment::getId, Function.identity()));
        Map<Long, List<InspectionHazard>> found = hazards.findByInspectionIdIn(drawn.stream()
                .map(UnitInspection::getId).toList()).stream()
                .collect(Collectors.groupingBy(InspectionHazard::getInspectionId));
        List<PublicEntry> entries = drawn.stream()
                .sorted(Comparator.comparing((UnitInspection i) -> byId.get(i.getUnitId()).getTownship())
                        .thenComparing(i -> byId.get(i.getUnitId()).getName()))
                .map(i -> {
                    EquipmentUnit unit = byId.get(i.getUnitId());
                    List<InspectionHazard> own = found.getOrDefault(i.getId(), List.of());
                    return new PublicEntry(unit.getName(), unit.getCreditCode(), unit.getPlaceKind().label(),
                            unit.getTownship(), i.getInspectedOn(), result(i, own), own.stream()
                            .map(h -> new PublicHazard(h.getEquipmentId() == null ? "单位管理 Unit management"
                                    : pieces.get(h.getEquipmentId()).getKind().label() + " "
                                    + pieces.get(h.getEquipmentId()).getRegistrationNumber(), h.getDescription(),
                                    h.getHandling().label(), h.getState().label(), h.getDueOn())).toList());
                }).toList();
        return new PublishedResults(campaign.getName(), campaign.getAreaName(), campaign.getStartDate(),
                campaign.getEndDate(), campaign.getPublicationApprovedAt(), entries);
    }

    public record PublishedResults(String campaign, String areaName, LocalDate startDate, LocalDate endDate,
                                   java.time.Instant approvedAt, List<PublicEntry> entries) {
    }

    private static String result(UnitInspection inspection, List<InspectionHazard> own) {
        if (inspection.getInspectedOn() == null) {
            return "待检查 Not yet inspected";
        }
        if (own.isEmpty()) {
            return "未发现问题 No problem found";
        }
        if (own.stream().anyMatch(h -> h.getState() == InspectionHazard.State.OPEN)) {
            return "责令限期整改 Ordered to rectify";
        }
        return "发现问题已改正 Problems found and corrected";
    }

    /** The campaign's figures, counted from its records. */
    @Transactional(readOnly = true)
    public InspectionFigures figures(Long campaignId) {
        InspectionCampaign campaign = require(campaignId);
        List<UnitInspection> drawn = inspections.findByCampaignIdOrderByDrawPositionAsc(campaignId);
        List<UnitInspection> inspected = drawn.stream().filter(i -> i.getInspectedOn() != null).toList();
        Map<Long, EquipmentUnit> byId = unitsOf(drawn);
        List<Long> ids = inspected.stream().map(UnitInspection::getId).toList();
        List<EquipmentCheck> checked = checks.findByInspectionIdIn(ids);
        Map<Long, SpecialEquipment> pieces = equipment.findAllById(checked.stream().map(EquipmentCheck::getEquipmentId)
                .toList()).stream().collect(Collectors.toMap(SpecialEquipment::getId, Function.identity()));
        List<InspectionHazard> found = hazards.findByInspectionIdIn(ids);
        Map<PlaceKind, Integer> places = new EnumMap<>(PlaceKind.class);
        inspected.forEach(i -> places.merge(byId.get(i.getUnitId()).getPlaceKind(), 1, Integer::sum));
        Map<EquipmentKind, Integer> kinds = new EnumMap<>(EquipmentKind.class);
        checked.forEach(c -> kinds.merge(pieces.get(c.getEquipmentId()).getKind(), 1, Integer::sum));
        LocalDate today = EquipmentRegisters.today();
        List<InspectionPublicity> occasions = publicity.findByCampaignIdOrderByRecordedOnAscIdAsc(campaignId);
        return new InspectionFigures(campaignId, campaign.getName(), campaign.getAreaName(), campaign.getStartDate(),
                campaign.getEndDate(), drawn.size(), inspected.size(), labels(places, PlaceKind::chinese),
                checked.size(), labels(kinds, EquipmentKind::chinese),
                count(checked, EquipmentCheck::isInspectionOverdue), found.size(),
                count(found, h -> h.getHandling() == InspectionHazard.Handling.CORRECTED_ON_SPOT),
                count(found, h -> h.getHandling() == InspectionHazard.Handling.ORDERED),
                count(found, h -> h.getState() == InspectionHazard.State.RECTIFIED),
                count(found, h -> h.getState() == InspectionHazard.State.OPEN),
                count(found, h -> h.getState() == InspectionHazard.State.OPEN && h.getDueOn().isBefore(today)),
                inspected.stream().mapToInt(UnitInspection::getStaffVisits).sum(),
                inspected.stream().mapToInt(UnitInspection::getVehicleTrips).sum(),
                count(inspected, i -> Boolean.TRUE.equals(i.getRulesInPlace())),
                count(inspected, i -> Boolean.TRUE.equals(i.getOperatorsCertified())),
                count(inspected, i -> Boolean.TRUE.equals(i.getMaintenanceDone())),
                count(inspected, i -> Boolean.TRUE.equals(i.getEmergencyPlanDrilled())),
                new InspectionFigures.Publicity(sum(occasions, InspectionPublicity::getTextMessages),
                        sum(occasions, InspectionPublicity::getBigScreens), sum(occasions, InspectionPublicity::getBanners),
                        sum(occasions, InspectionPublicity::getDisplayBoards),
                        sum(occasions, InspectionPublicity::getPublicityVehicles),
                        sum(occasions, InspectionPublicity::getLeaflets), sum(occasions, InspectionPublicity::getBooklets),
                        sum(occasions, InspectionPublicity::getConsultations)),
                occasions.stream().map(PublicityView::of).toList());
    }

    private static <E extends Enum<E>> Map<String, Integer> labels(Map<E, Integer> counts, Function<E, String> label) {
        Map<String, Integer> labelled = new LinkedHashMap<>();
        counts.forEach((key, count) -> labelled.put(label.apply(key), count));
        return labelled;
    }

    private static <T> int count(List<T> items, java.util.function.Predicate<T> test) {
        return (int) items.stream().filter(test).count();
    }

    private static int sum(List<InspectionPublicity> items, java.util.function.ToIntFunction<InspectionPublicity> field) {
        return items.stream().mapToInt(field).sum();
    }

    private Map<Long, EquipmentUnit> unitsOf(List<UnitInspection> drawn) {
        return units.findAllById(drawn.stream().map(UnitInspection::getUnitId).toList()).stream()
                .collect(Collectors.toMap(EquipmentUnit::getId, Function.identity()));
    }

    /** For changes that must not run twice at once (twenty draws or starts of one campaign). */
    private InspectionCampaign requireLocked(Long id) {
        return campaigns.findForUpdate(id).orElseThrow(() -> noCampaign(id));
    }

    private InspectionCampaign require(Long id) {
        return campaigns.findById(id).orElseThrow(() -> noCampaign(id));
    }

    private static NoSuchElementException noCampaign(Long id) {
        return new NoSuchElementException("campaignId: 无此检查行动 no inspection campaign " + id);
    }

    private CampaignView view(InspectionCampaign c) {
        List<UnitInspection> drawn = c.getId() == null ? List.of() : inspections.findByCampaignIdOrderByDrawPositionAsc(c.getId());
        return new CampaignView(c.getId(), c.getName(), c.getAreaName(), c.getScope(), c.getStartDate(), c.getEndDate(),
                c.getTargetUnits(), c.placeKindList(), c.riskList(), c.townshipList(), c.isExcludeSameTownship(),
                c.getRectificationDays(), c.getDrawSeed(), c.getDrawnAt(), c.getDrawnBy(), drawn.size(),
                count(drawn, i -> i.getProcessInstanceId() != null), c.getPublicationState(),
                c.getPublicationApprovedBy(), c.getPublicationApprovedAt());
    }
}
