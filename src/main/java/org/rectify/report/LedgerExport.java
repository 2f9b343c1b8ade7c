package org.rectify.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rectify.campaign.Roster;
import org.rectify.enterprise.Enterprise;
import org.rectify.enterprise.EnterpriseCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The campaign's ledger (台账) as it stands: one row per enterprise on the roster with its case. */
@Service
@Transactional(readOnly = true)
public class LedgerExport {

    private record Column(String header, Function<Object[], String> value) {
    }

    static final List<String> HEADERS = columns().stream().map(Column::header).toList();

    private final ReportQueries queries;
    private final Roster roster;

    LedgerExport(ReportQueries queries, Roster roster) {
        this.queries = queries;
        this.roster = roster;
    }

    public byte[] xlsx(Long campaignId) {
        roster.requireCampaign(campaignId);
        List<Column> columns = columns();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("台账 Ledger");
            Row header = sheet.createRow(0);
            CellStyle bold = bold(book);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).header());
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            int r = 1;
            for (Object[] entry : queries.ledger(campaignId)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    row.createCell(i).setCellValue(columns.get(i).value().apply(entry));
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Column> columns() {
        return List.of(
                new Column("统一社会信用代码 Credit code", e -> enterprise(e).getCreditCode()),
                new Column("企业名称 Name", e -> enterprise(e).getName()),
                new Column("镇（街道） Township", e -> text(enterprise(e).getTownship())),
                new Column("村（社区） Village", e -> text(enterprise(e).getVillage())),
                new Column("企业类型 Business type", e -> enterprise(e).getBusinessType().displayName()),
                new Column("营业收入 Revenue band", e -> enterprise(e).getRevenueBand() == null ? ""
                        : enterprise(e).getRevenueBand().displayName()),
                new Column("当前阶段 Stage", e -> kase(e) == null ? "未启动 Not started"
                        : kase(e).getStage().displayName()),
                new Column("处置方式 Disposition", e -> kase(e) == null || kase(e).getDisposition() == null ? ""
                        : kase(e).getDisposition().displayName()),
                new Column("整治期限 Deadline", e -> kase(e) == null ? "" : text(kase(e).getDeadline())),
                new Column("监管部门 Supervising agency", e -> kase(e) == null ? ""
                        : text(kase(e).getSupervisingAgency())),
                new Column("整治结果 Outcome", e -> kase(e) == null || kase(e).getOutcome() == null ? ""
                        : kase(e).getOutcome().displayName()),
                new Column("结案日期 Closed on", e -> kase(e) == null || kase(e).getClosedAt() == null ? ""
                        : LocalDate.ofInstant(kase(e).getClosedAt(), ZoneId.systemDefault()).toString()));
    }

    private static Enterprise enterprise(Object[] entry) {
        return (Enterprise) entry[0];
    }

    private static EnterpriseCase kase(Object[] entry) {
        return (EnterpriseCase) entry[1];
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static CellStyle bold(XSSFWorkbook book) {
        Font font = book.createFont();
        font.setBold(true);
        CellStyle style = book.createCellStyle();
        style.setFont(font);
        return style;
    }
}
