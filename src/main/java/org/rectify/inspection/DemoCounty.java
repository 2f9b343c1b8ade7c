package org.rectify.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.identity.Agency;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A county register to try a draw on at once: 300 crowded places in Jingtai's townships with their
 * special equipment (a few overdue for statutory inspection), eight inspectors in the market-regulation
 * group ({@code inspector1} ... {@code inspector8}) and a planned campaign. Generated from a fixed seed,
 * so every fresh start has the same county. Only into an empty register.
 */
@Component
@ConditionalOnProperty(prefix = "rectify", name = {"demo-data", "demo-county"}, havingValue = "true")
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DemoCounty implements ApplicationRunner {

    static final List<String> TOWNSHIPS = List.of("一条山镇", "芦阳镇", "上沙沃镇", "喜泉镇", "草窝滩镇", "红水镇",
            "中泉镇", "正路镇", "寺滩乡", "五佛乡", "漫水滩乡");
    static final int UNITS = 300;
    static final int INSPECTORS = 8;

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private final EquipmentRegisters registers;
    private final EquipmentUnitRepository units;
    private final InspectionCampaigns campaigns;
    private final IdentityService identityService;
    private final String password;

    DemoCounty(EquipmentRegisters registers, EquipmentUnitRepository units, InspectionCampaigns campaigns,
               IdentityService identityService, @Value("${rectify.demo-password:demo}") String password) {
        this.registers = registers;
        this.units = units;
        this.campaigns = campaigns;
        this.identityService = identityService;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (units.count() > 0) {
            return;
        }
        Random random = new Random(2019);
        LocalDate today = EquipmentRegisters.today();
        List<RegisterRows.UnitRow> unitRows = new ArrayList<>();
        List<RegisterRows.EquipmentRow> equipmentRows = new ArrayList<>();
        for (int u = 1; u <= UNITS; u++) {
            PlaceKind kind = PlaceKind.values()[random.nextInt(PlaceKind.values().length)];
            String township = TOWNSHIPS.get(random.nextInt(TOWNSHIPS.size()));
            String first17 = "91620423MA" + String.format("%07d", 2019_000 + u);
            String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
            RiskLevel risk = kind == PlaceKind.HOSPITAL || kind == PlaceKind.SCENIC_SPOT ? RiskLevel.HIGH
                    : random.nextInt(3) == 0 ? RiskLevel.LOW : RiskLevel.MEDIUM;
            unitRows.add(new RegisterRows.UnitRow(township + kind.chinese() + "（示例 demo " + u + "）", code, kind, risk,
                    township + "示例路" + u + "号", township, null, null));
            for (EquipmentKind piece : equipmentOf(kind, random)) {
                LocalDate last = today.minusDays(30 + random.nextInt(330));
                // about one piece in twenty is past its annual statutory inspection
                LocalDate next = random.nextInt(20) == 0 ? today.minusDays(1 + random.nextInt(60)) : last.plusYears(1);
                equipmentRows.add(new RegisterRows.EquipmentRow(code, piece, piece.chinese(),
                        String.format("%s6204232019%06d", piece.code(), equipmentRows.size() + 1),
                        next.isBefore(last) ? next.minusYears(1) : last, next, "白银示例维保有限公司"));
            }
        }
        RegisterImportReport added = registers.addAll(unitRows, equipmentRows);
        for (int i = 1; i <= INSPECTORS; i++) {
            String userId = "inspector" + i;
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                User user = identityService.newUser(userId);
                user.setFirstName("特种设备检查员 Inspector");
                user.setLastName(String.valueOf(i));
                user.setEmail(userId + "@rectify.example");
                user.setPassword(password);
                identityService.saveUser(user);
                identityService.createMembership(userId, Agency.MARKET_REGULATION.groupId());
            }
            registers.registerInspector(new InspectorEntry(userId, "TS-6204-" + String.format("%03d", i),
                    TOWNSHIPS.get((i - 1) % TOWNSHIPS.size()), true));
        }
        LocalDate start = today.withDayOfMonth(1);
        campaigns.create(new InspectionPlan("特种设备安全大检查 Special-equipment safety inspection", "景泰县",
                "人员密集场所的锅炉、压力容器（含气瓶）、压力管道、电梯、起重机械、客运索道、大型游乐设施、场（厂）内专用机动车辆",
                start, start.plusMonths(3).minusDays(1), 82, List.of(), List.of(), List.of(), true, 10), "system");
        log.info("Demo county: {} units, {} pieces of equipment ({} overdue for inspection), {} inspectors, a planned"
                + " campaign", added.units(), added.equipment(), added.inspectionOverdue(), INSPECTORS);
    }

    private static List<EquipmentKind> equipmentOf(PlaceKind kind, Random random) {
        List<EquipmentKind> usual = switch (kind) {
            case HOTEL, SHOPPING_CENTRE -> List.of(EquipmentKind.LIFT, EquipmentKind.LIFT, EquipmentKind.BOILER,
                    EquipmentKind.PRESSURE_PIPING);
            case RESTAURANT -> List.of(EquipmentKind.GAS_CYLINDER, EquipmentKind.PRESSURE_VESSEL);
            case HOSPITAL -> List.of(EquipmentKind.LIFT, EquipmentKind.BOILER, EquipmentKind.PRESSURE_VESSEL,
                    EquipmentKind.GAS_CYLINDER, EquipmentKind.PRESSURE_PIPING);
            case SCHOOL, KINDERGARTEN -> List.of(EquipmentKind.BOILER, EquipmentKind.LIFT);
            case SUPERMARKET -> List.of(EquipmentKind.LIFT, EquipmentKind.IN_PLANT_VEHICLE);
            case SCENIC_SPOT -> List.of(EquipmentKind.PASSENGER_ROPEWAY, EquipmentKind.AMUSEMENT_RIDE,
                    EquipmentKind.IN_PLANT_VEHICLE);
            case OTHER_CROWDED -> List.of(EquipmentKind.LIFT, EquipmentKind.CRANE);
        };
        return usual.subList(0, 1 + random.nextInt(usual.size()));
    }
}
