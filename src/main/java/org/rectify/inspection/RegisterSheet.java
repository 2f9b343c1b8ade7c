package org.rectify.inspection;

import java.util.List;

/** The two sheets of the register workbook and their columns, in the template's order. */
enum RegisterSheet {
    UNITS("使用单位 Units", List.of(
            new Column("单位名称 Name *", true, 200),
            new Column("统一社会信用代码 Credit code *", true, 18),
            new Column("场所类型 Kind of place *", true, 30),
            new Column("风险等级 Risk *", true, 10),
            new Column("地址 Address *", true, 300),
            new Column("乡镇 Township *", true, 100),
            new Column("联系人 Contact", false, 100),
            new Column("联系电话 Phone", false, 30))),
    EQUIPMENT("特种设备 Equipment", List.of(
            new Column("使用单位信用代码 Unit credit code *", true, 18),
            new Column("设备种类 Kind *", true, 30),
            new Column("设备类别 Category *", true, 100),
            new Column("使用登记证编号 Registration number *", true, 40),
            new Column("上次检验日期 Last inspected", false, 10),
            new Column("下次检验日期 Next inspection due *", true, 10),
            new Column("维保单位 Maintenance unit", false, 200)));

    record Column(String header, boolean required, int maxLength) {
    }

    private final String title;
    private final List<Column> columns;

    RegisterSheet(String title, List<Column> columns) {
        this.title = title;
        this.columns = columns;
    }

    String title() {
        return title;
    }

    List<Column> columns() {
        return columns;
    }
}
