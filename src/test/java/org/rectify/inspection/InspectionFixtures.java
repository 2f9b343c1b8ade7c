package org.rectify.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.support.Rest;

/** Registers, inspectors and one-unit campaigns for the inspection tests, each in a township of its own. */
final class InspectionFixtures {

    /** the inspectors of these tests: all of the county bureau, so no township rules them out */
    static final List<String> INSPECTORS = List.of("test-inspector1", "test-inspector2");
    static final String BUREAU_TOWNSHIP = "县局 County bureau";

    private static final AtomicInteger UNITS = new AtomicInteger();

    private InspectionFixtures() {
    }

    static void inspectors(IdentityService identityService, EquipmentRegisters registers) {
        for (String userId : INSPECTORS) {
            if (identityService.createUserQuery().userId(userId).count() == 0) {
                User user = identityService.newUser(userId);
                user.setFirstName("检查员");
                user.setLastName(userId);
                user.setPassword(Rest.DEMO_PASSWORD);
                identityService.saveUser(user);
                identityService.createMembership(userId, "market-regulation");
            }
            registers.registerInspector(new InspectorEntry(userId, "TS-" + userId, BUREAU_TOWNSHIP, true));
        }
    }

    /** A valid credit code no other test uses. */
    static String creditCode() {
        String first17 = "91620423MA4" + String.format("%06d", UNITS.incrementAndGet());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    static RegisterRows.UnitRow unit(String code, String township) {
        return new RegisterRows.UnitRow("测试宾馆 " + code.substring(12), code, PlaceKind.HOTEL, RiskLevel.MEDIUM,
                township + "人民路1号", township, "张经理", "13909430001");
    }

    static RegisterRows.EquipmentRow piece(String code, EquipmentKind kind, String number, LocalDate nextDue) {
        return new RegisterRows.EquipmentRow(code, kind, kind.chinese(), number, nextDue.minusYears(1), nextDue,
                "白银某维保有限公司");
    }

    /** A campaign over one township: its units all drawn. */
    static InspectionPlan plan(String township, int units) {
        return new InspectionPlan("测试检查 " + township, "景泰县", null, LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(2), units, List.of(), List.of(), List.of(township), true, 10);
    }
}
