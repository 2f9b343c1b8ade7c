package org.rectify.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.rectify.identity.Agency;
import org.rectify.inspection.RegisterReader.Register;
import org.rectify.shared.EngineAsSystem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The county's registers: user units and their special equipment (imported from .xlsx, all or
 * nothing, like the chemical roster) and the inspectors who may be drawn.
 */
@Service
@Transactional
public class EquipmentRegisters {

    private final EquipmentUnitRepository units;
    private final SpecialEquipmentRepository equipment;
    private final InspectorRepository inspectors;
    private final IdentityService identityService;
    private final EngineAsSystem engine;
    private final RegisterReader reader;

    EquipmentRegisters(EquipmentUnitRepository units, SpecialEquipmentRepository equipment,
                       InspectorRepository inspectors, IdentityService identityService, EngineAsSystem engine,
                       @Value("${rectify.campaign.import.max-size:5MB}") DataSize maxSize,
                       @Value("${rectify.campaign.import.max-rows:20000}") int maxRows) {
        this.units = units;
        this.equipment = equipment;
        this.inspectors = inspectors;
        this.identityService = identityService;
        this.engine = engine;
        this.reader = new RegisterReader(maxSize.toBytes(), maxRows);
    }

    public byte[] template() {
        return RegisterTemplate.workbook();
    }

    /** @throws RegisterImportException listing every problem of both sheets; nothing is imported then */
    public RegisterImportReport importRegister(byte[] file) {
        // the codes and numbers taken already, read once rather than once per row
        Set<String> registeredUnits = units.allCreditCodes();
        Set<String> registeredEquipment = equipment.allRegistrationNumbers();
        Register register = reader.read(file, registeredUnits::contains, registeredEquipment::contains);
        if (!register.errors().isEmpty()) {
            throw new RegisterImportException(register.errors());
        }
        return addAll(register.units(), register.equipment());
    }

    /** Adds checked rows to the register (an import's, or the demo county's). */
    RegisterImportReport addAll(List<RegisterRows.UnitRow> unitRows, List<RegisterRows.EquipmentRow> equipmentRows) {
        Map<String, Long> unitIds = units.saveAll(unitRows.stream().map(EquipmentUnit::new).toList()).stream()
                .collect(Collectors.toMap(EquipmentUnit::getCreditCode, EquipmentUnit::getId));
        Set<String> known = new HashSet<>(unitIds.keySet());
        equipmentRows.stream().map(RegisterRows.EquipmentRow::unitCreditCode).filter(c -> !known.contains(c))
                .distinct().forEach(code -> unitIds.put(code, units.findByCreditCode(code).orElseThrow().getId()));
        LocalDate today = today();
        List<SpecialEquipment> saved = equipment.saveAll(equipmentRows.stream()
                .map(row -> new SpecialEquipment(unitIds.get(row.unitCreditCode()), row)).toList());
        return new RegisterImportReport(unitRows.size(), saved.size(),
                (int) saved.stream().filter(e -> e.inspectionOverdueOn(today)).count());
    }

    @Transactional(readOnly = true)
    public List<UnitView> units() {
        LocalDate today = today();
        Map<Long, List<SpecialEquipment>> byUnit = equipment.findAll().stream()
                .collect(Collectors.groupingBy(SpecialEquipment::getUnitId));
        return units.findAllByOrderByIdAsc().stream().map(unit -> {
            List<SpecialEquipment> pieces = byUnit.getOrDefault(unit.getId(), List.of());
            return new UnitView(unit.getId(), unit.getName(), unit.getCreditCode(), unit.getPlaceKind(),
                    unit.getPlaceKind().label(), unit.getRisk(), unit.getAddress(), unit.getTownship(), pieces.size(),
                    pieces.stream().filter(e -> e.inspectionOverdueOn(today)).count());
        }).toList();
    }

    /** Equipment whose periodic statutory inspection is late today, by the register's dates. */
    @Transactional(readOnly = true)
    public List<OverdueEquipment> overdueEquipment() {
        LocalDate today = today();
        Map<Long, EquipmentUnit> byId = units.findAll().stream()
                .collect(Collectors.toMap(EquipmentUnit::getId, Function.identity()));
        return equipment.findAll().stream().filter(e -> e.inspectionOverdueOn(today))
                .map(e -> new OverdueEquipment(e.getRegistrationNumber(), e.getKind().label(), e.getCategory(),
                        byId.get(e.getUnitId()).getName(), byId.get(e.getUnitId()).getCreditCode(),
                        e.getNextInspectionDue(), today.toEpochDay() - e.getNextInspectionDue().toEpochDay()))
                .toList();
    }

    public record OverdueEquipment(String registrationNumber, String kind, String category, String unitName,
                                   String unitCreditCode, LocalDate inspectionDue, long daysOverdue) {
    }

    /** Registers a market-regulation user as an inspector (or updates the registration). */
    public InspectorView registerInspector(InspectorEntry entry) {
        boolean member = engine.call(() -> identityService.createUserQuery().userId(entry.userId())
                .memberOfGroup(Agency.MARKET_REGULATION.groupId()).count() > 0);
        if (!member) {
            throw new IllegalArgumentException("userId: " + entry.userId() + " 不是市场监管人员 is no user of the group "
                    + Agency.MARKET_REGULATION.groupId() + "; add the user in Camunda Admin first");
        }
        inspectors.findByCertificateNumber(entry.certificateNumber())
                .filter(other -> !other.getUserId().equals(entry.userId())).ifPresent(other -> {
                    throw new IllegalArgumentException("certificateNumber: 证书编号已被 " + other.getUserId()
                            + " 使用 the certificate is registered for another inspector");
                });
        boolean active = entry.active() == null || entry.active();
        Inspector inspector = inspectors.findById(entry.userId()).orElse(null);
        if (inspector == null) {
            inspector = inspectors.save(new Inspector(entry.userId(), entry.certificateNumber(), entry.township()));
        }
        inspector.update(entry.certificateNumber(), entry.township(), active);
        return InspectorView.of(inspector);
    }

    @Transactional(readOnly = true)
    public List<InspectorView> inspectors() {
        return inspectors.findAll().stream().sorted(java.util.Comparator.comparing(Inspector::getUserId))
                .map(InspectorView::of).toList();
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
}
