package org.rectify.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hibernate.jpa.HibernateHints;
import org.rectify.campaign.Roster;
import org.rectify.enterprise.BusinessType;
import org.rectify.enterprise.CaseOutcome;
import org.rectify.enterprise.CaseStage;
import org.rectify.enterprise.Disposition;
import org.rectify.enterprise.RevenueBand;
import org.rectify.identity.Agency;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign's ledger (台账) as it stands: one row per enterprise on the roster with its case.
 * A campaign may have 100,000 enterprises: the rows are read as plain values, one at a time, and
 * written with a streaming workbook, so that neither the entities nor the sheet are held in memory
 * (see the report benchmark, README "Benchmark").
 */
@Service
@Transactional(readOnly = true)
public class LedgerExport {

    private record Column(String header, Function<Object[], String> value) {
    }

    static final List<String> HEADERS = columns().stream().map(Column::header).toList();

    /** rows kept in memory while the ledger is written; older ones are flushed to a temporary file */
    private static final int ROWS_IN_MEMORY = 200;

    /** one row per roster entry in roster order: the enterprise's values, then its case's (all null without one) */
    private static final String LEDGER = """
            select en.creditCode, en.name, en.township, en.village, en.businessType, en.revenueBand,
                   c.id, c.stage, c.disposition, c.deadline, c.supervisingAgency, c.outcome, c.closedAt
            from RosterEntry e join e.enterprise en left join EnterpriseCase c on c.id = e.caseId
            where e.campaignId = :campaignId order by e.id""";

    private static final int CREDIT_CODE = 0;
    private static final int NAME = 1;
    private static final int TOWNSHIP = 2;
    private static final int VILLAGE = 3;
    private static final int BUSINESS_TYPE = 4;
    private static final int REVENUE_BAND = 5;
    private static final int CASE_ID = 6;
    private static final int STAGE = 7;
    private static final int DISPOSITION = 8;
    private static final int DEADLINE = 9;
    private static final int AGENCY = 10;
    private static final int OUTCOME = 11;
    private static final int CLOSED_AT = 12;

    @PersistenceContext
    private EntityManager entityManager;

    private final Roster roster;

    LedgerExport(Roster roster) {
        this.roster = roster;
    }

    public byte[] xlsx(Long campaignId) {
        roster.requireCampaign(campaignId);
        List<Column> columns = columns();
        // streamed: only the last rows stay in memory, the others go to a temporary file
        SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = book.createSheet("台账 Ledger");
            Row header = sheet.createRow(0);
            CellStyle bold = bold(book);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            try (Stream<Object[]> entries = entityManager.createQuery(LEDGER, Object[].class)
                    .setParameter("campaignId", campaignId)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultStream()) {
                int[] r = {1};
                entries.forEach(entry -> {
                    Row row = sheet.createRow(r[0]++);
                    for (int i = 0; i < columns.size(); i++) {
                        row.createCell(i).setCellValue(columns.get(i).value().apply(entry));
                    }
                });
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // nothing left to release: the temporary files are gone already
            }
        }
    }

    private static List<Column> columns() {
        return List.of(
                new Column("统一社会信用代码 Credit code", e -> (String) e[CREDIT_CODE]),
                new Column("企业名称 Name", e -> (String) e[NAME]),
                new Column("镇（街道） Township", e -> text(e[TOWNSHIP])),
                new Column("村（社区） Village", e -> text(e[VILLAGE])),
                new Column("企业类型 Business type", e -> ((BusinessType) e[BUSINESS_TYPE]).displayName()),
                new Column("营业收入 Revenue band", e -> e[REVENUE_BAND] == null ? ""
                        : ((RevenueBand) e[REVENUE_BAND]).displayName()),
                new Column("当前阶段 Stage", e -> e[CASE_ID] == null ? "未启动 Not started"
                        : ((CaseStage) e[STAGE]).displayName()),
                new Column("处置方式 Disposition", e -> e[DISPOSITION] == null ? ""
                        : ((Disposition) e[DISPOSITION]).displayName()),
                new Column("整治期限 Deadline", e -> text(e[DEADLINE])),
                new Column("监管部门 Supervising agency", e -> e[AGENCY] == null ? ""
                        : Agency.byGroupId((String) e[AGENCY]).map(Agency::displayName).orElse((String) e[AGENCY])),
                new Column("整治结果 Outcome", e -> e[OUTCOME] == null ? "" : ((CaseOutcome) e[OUTCOME]).displayName()),
                new Column("结案日期 Closed on", e -> e[CLOSED_AT] == null ? ""
                        : LocalDate.ofInstant((Instant) e[CLOSED_AT], ZoneId.systemDefault()).toString()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static CellStyle bold(Workbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }
}
