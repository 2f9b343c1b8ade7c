package org.rectify.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rectify.campaign.LedgerReader.Ledger;
import org.rectify.campaign.LedgerReader.LedgerRow;
import org.rectify.enterprise.EnterpriseDetails;
import org.rectify.enterprise.RevenueBand;

/** Every check of a ledger, on real .xlsx bytes, without the application. */
class LedgerReaderTest {

    static final jakarta.validation.ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = VALIDATION.getValidator();

    final LedgerReader reader = new LedgerReader(5 * 1024 * 1024, 20_000, VALIDATOR);

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void aCleanLedgerGivesTheDetailsOfEveryRow() {
        List<EnterpriseDetails> producers = CampaignFixtures.producers(3);

        Ledger ledger = reader.read(Ledgers.of(producers));

        assertThat(ledger.errors()).isEmpty();
        assertThat(ledger.rows()).extracting(LedgerRow::row).containsExactly(2, 3, 4);
        assertThat(ledger.rows()).extracting(LedgerRow::details).containsExactlyElementsOf(producers);
    }

    @Test
    void everyProblemIsReportedWithRowColumnAndReason() {
        List<EnterpriseDetails> producers = CampaignFixtures.producers(12);

        Ledger ledger = reader.read(Ledgers.of(producers, sheet -> {
            Ledgers.cell(sheet, 3, RosterColumn.NAME).setBlank();
            Ledgers.cell(sheet, 4, RosterColumn.REVENUE_BAND).setCellValue("1000万元以上");
            Ledgers.cell(sheet, 5, RosterColumn.CONTACT_PHONE).setCellValue(51255550101d);
            Ledgers.cell(sheet, 6, RosterColumn.EMPLOYEES).setCellValue("十二");
            Ledgers.cell(sheet, 7, RosterColumn.CREDIT_CODE).setCellValue("91350100M000100Y44");
            Ledgers.cell(sheet, 12, RosterColumn.CREDIT_CODE).setCellValue(producers.get(1).creditCode());
        }));

        assertThat(ledger.errors()).extracting(RowError::row, RowError::column)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "B"),
                        org.assertj.core.groups.Tuple.tuple(4, "K"),
                        org.assertj.core.groups.Tuple.tuple(5, "H"),
                        org.assertj.core.groups.Tuple.tuple(6, "M"),
                        org.assertj.core.groups.Tuple.tuple(7, "A"),
                        org.assertj.core.groups.Tuple.tuple(12, "A"));
        assertThat(ledger.errors().get(0).reason()).contains("必填").contains("Enterprise name");
        assertThat(ledger.errors().get(1).reason()).contains("Unknown revenue band '1000万元以上'").contains("200万元以下");
        assertThat(ledger.errors().get(2).reason()).contains("A number where text is expected");
        assertThat(ledger.errors().get(3).reason()).contains("whole number").contains("十二");
        assertThat(ledger.errors().get(4).reason()).contains("check character");
        assertThat(ledger.errors().get(5).reason()).contains("Duplicate").contains("row 3");
        assertThat(ledger.errors()).allSatisfy(e -> assertThat(e.header()).isNotBlank());
    }

    @Test
    void aCreditCodeExcelTurnedIntoANumberIsNamed() {
        Ledger ledger = reader.read(Ledgers.of(CampaignFixtures.producers(1),
                sheet -> Ledgers.cell(sheet, 2, RosterColumn.CREDIT_CODE).setCellValue(913205831234567890d)));

        assertThat(ledger.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.column()).isEqualTo("A");
            assertThat(e.reason()).contains("应为文本").contains("Text");
        });
    }

    @Test
    void codedColumnsAcceptCodesAndEitherHalfOfTheirLabels() {
        Ledger ledger = reader.read(Ledgers.of(CampaignFixtures.producers(4), sheet -> {
            Ledgers.cell(sheet, 2, RosterColumn.REVENUE_BAND).setCellValue("ABOVE_5M");
            Ledgers.cell(sheet, 3, RosterColumn.REVENUE_BAND).setCellValue("200-500万元");
            Ledgers.cell(sheet, 4, RosterColumn.REVENUE_BAND).setCellValue("Below 2 M yuan");
            Ledgers.cell(sheet, 5, RosterColumn.BUSINESS_TYPE).setCellValue("流通");
            Ledgers.cell(sheet, 5, RosterColumn.SITE_AREA_MU).setCellValue("12.345");
            Ledgers.cell(sheet, 5, RosterColumn.EIA_APPROVAL_DATE).setCellValue("2009年3月1日");
        }));

        assertThat(ledger.errors()).isEmpty();
        assertThat(ledger.rows()).extracting(r -> r.details().revenueBand())
                .containsExactly(RevenueBand.ABOVE_5M, RevenueBand.FROM_2M_TO_5M, RevenueBand.BELOW_2M,
                        RevenueBand.BELOW_2M);
        EnterpriseDetails last = ledger.rows().get(3).details();
        assertThat(last.businessType().name()).isEqualTo("DISTRIBUTOR");
        assertThat(last.siteAreaMu()).isEqualTo(new BigDecimal("12.35"));
        assertThat(last.eiaApprovalDate()).hasToString("2009-03-01");
    }

    @Test
    void aFileThatIsNotXlsxIsRefusedAsAWhole() throws Exception {
        byte[] csv = "统一社会信用代码,企业名称\n91320583MA0000001X,某厂\n".getBytes(StandardCharsets.UTF_8);
        byte[] xls;
        try (HSSFWorkbook old = new HSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            old.createSheet("台账");
            old.write(out);
            xls = out.toByteArray();
        }

        assertThat(reader.read(csv).errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("not an Excel .xlsx workbook"))
                .satisfies(e -> assertThat(e.row()).isNull());
        assertThat(reader.read(xls).errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains(".xls").contains("save it as .xlsx"));
        assertThat(reader.read(new byte[0]).errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("empty"));
    }

    @Test
    void aFileThatIsTooBigIsRefusedBeforeItIsRead() {
        LedgerReader small = new LedgerReader(1024, 20_000, VALIDATOR);

        assertThat(small.read(Ledgers.of(CampaignFixtures.producers(30))).errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("文件过大").contains("at most 1 KB"));
    }

    @Test
    void aLedgerWithoutTheRequiredColumnsNamesThem() {
        byte[] file = Ledgers.of(CampaignFixtures.producers(2), sheet -> {
            sheet.getRow(0).getCell(RosterColumn.CREDIT_CODE.ordinal()).setCellValue("序号 No.");
        });

        assertThat(reader.read(file).errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.reason()).contains("统一社会信用代码 Unified social credit code");
        });
    }

    @Test
    void theTemplateReadsAsAnEmptyLedgerWithEveryColumnRecognised() {
        assertThat(reader.read(LedgerTemplate.workbook()).errors()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("lists no enterprise"));
    }
}
