package org.rectify.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.rectify.enterprise.UnifiedSocialCreditCode;
import org.rectify.inspection.EquipmentRegisters;
import org.rectify.inspection.InspectorEntry;

/** Equipment registers and inspectors for tests outside the inspection package. */
public final class Inspections {

    private Inspections() {
    }

    /** A market-regulation user with the demo password, registered as an inspector of the county bureau. */
    public static void inspector(IdentityService identityService, EquipmentRegisters registers, String userId) {
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            User user = identityService.newUser(userId);
            user.setFirstName("检查员");
            user.setLastName(userId);
            user.setPassword(Rest.DEMO_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(userId, "market-regulation");
        }
        registers.registerInspector(new InspectorEntry(userId, "TS-" + userId, "县局 County bureau", true));
    }

    /** A valid credit code from a number no other test uses for its units. */
    public static String creditCode(int number) {
        String first17 = "91620423MA5" + String.format("%06d", number);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** The register template with one hotel of this township and a lift. */
    public static byte[] register(byte[] template, String code, String township) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(book.getSheetAt(0).createRow(1), List.of("测试宾馆 " + code, code, "宾馆", "中", township + "1号",
                    township, "", ""));
            fill(book.getSheetAt(1).createRow(1), List.of(code, "电梯", "乘客电梯", code + "-L",
                    LocalDate.now().minusMonths(6).toString(), LocalDate.now().plusMonths(6).toString(), ""));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
