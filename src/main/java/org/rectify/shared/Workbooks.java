package org.rectify.shared;

import org.apache.poi.poifs.filesystem.FileMagic;

/** What every imported .xlsx file is checked for before its cells are read. */
public final class Workbooks {

    private Workbooks() {
    }

    /** Why the file cannot be read as an .xlsx workbook (Chinese first), or null when it can be opened. */
    public static String refusal(byte[] file, long maxBytes) {
        if (file.length == 0) {
            return "文件为空 The file is empty";
        }
        if (file.length > maxBytes) {
            return "文件过大 The file has " + file.length / 1024 + " KB; at most " + maxBytes / 1024 + " KB are accepted";
        }
        FileMagic magic = FileMagic.valueOf(file);
        if (magic == FileMagic.OLE2) {
            return "这是旧版 .xls 文件 This is an old .xls workbook: save it as .xlsx (Excel 工作簿) and import again";
        }
        if (magic != FileMagic.OOXML) {
            return "不是 .xlsx 文件 The file is not an Excel .xlsx workbook; download the template for the format";
        }
        return null;
    }
}
