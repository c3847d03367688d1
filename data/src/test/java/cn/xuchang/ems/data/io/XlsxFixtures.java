package cn.xuchang.ems.data.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the XLSX fixtures with POI, as an office clerk's sheets look: a notes sheet first, the
 * data on a named sheet with Chinese headers; and a broken one whose header has merged cells.
 * Run: {@code mvn -q -pl data test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=cn.xuchang.ems.data.io.XlsxFixtures -Dexec.args=data/src/test/resources/io}.
 */
public final class XlsxFixtures {
    private static final Object[][] TEAMS = {
            {"魏都区消防救援大队", 113.8267, 34.0262, "消防", 45, "0374-1234567", "是"},
            {"建安区消防救援大队", 113.845, 34.105, "消防", 38, "0374-2234567", "是"},
            {"禹州市消防救援大队", 113.488, 34.14, "消防", 40, "0374-3234567", "否"},
            {"长葛市医疗救护队", 113.768, 34.217, "医疗", 20, "0374-4234567", "是"},
            {"鄢陵县防汛抢险队", 114.188, 34.102, "防汛", 60, "0374-5234567", "是"}};

    private XlsxFixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("2026年11月 救援队伍统计表（许昌市应急管理局）");
            Sheet data = wb.createSheet("救援队伍");
            data.createRow(0).createCell(0).setCellValue("救援队伍统计表");
            header(data.createRow(2), "名称", "经度", "纬度", "类型", "人数", "联系电话", "是否在岗");
            for (int i = 0; i < TEAMS.length; i++) {
                fill(data.createRow(3 + i), TEAMS[i]);
            }
            save(wb, root.resolve("xlsx/teams.xlsx"));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet data = wb.createSheet("救援队伍");
            header(data.createRow(0), "名称", "坐标", "", "类型", "人数", "联系电话", "是否在岗");
            data.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            header(data.createRow(1), "", "经度", "纬度", "", "", "", "");
            for (int i = 0; i < TEAMS.length; i++) {
                fill(data.createRow(2 + i), TEAMS[i]);
            }
            save(wb, root.resolve("broken/teams_merged_header.xlsx"));
        }
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static void fill(Row row, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else {
                row.createCell(i).setCellValue(values[i].toString());
            }
        }
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
    }
}
