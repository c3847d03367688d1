package cn.xuchang.ems.data.io.xlsx;

import cn.xuchang.ems.data.io.FeatureReader;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.SourceFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads one sheet of an Excel workbook (Apache POI): the named one or the first. The first
 * non-empty row is the header; merged cells in it are refused, since a merged header leaves columns
 * without names. Row numbers are Excel's (1-based). Numbers stay numbers, TRUE/FALSE booleans,
 * formulas give their cached value, dates become ISO text.
 */
public final class XlsxSourceReader implements FeatureReader {

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IOException {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new SourceFormatException(file, "is not a readable Excel workbook (" + e.getMessage() + "); save it as "
                    + ".xlsx in Excel or WPS and try again", e);
        }
        try (wb) {
            Sheet sheet;
            if (options.sheet().isPresent()) {
                sheet = wb.getSheet(options.sheet().get());
                if (sheet == null) {
                    throw new SourceFormatException(file, "has no sheet '" + options.sheet().get() + "'; its sheets are "
                            + String.join(", ", sheetNames(wb)));
                }
            } else {
                sheet = wb.getSheetAt(0);
            }
            int headerRow = headerRow(sheet);
            if (headerRow < 0) {
                throw new SourceFormatException(file, "sheet '" + sheet.getSheetName() + "' is empty");
            }
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                if (merged.getFirstRow() <= headerRow && merged.getLastRow() >= headerRow) {
                    throw new SourceFormatException(file, "sheet '" + sheet.getSheetName() + "': the header row "
                            + (headerRow + 1) + " has merged cells (" + merged.formatAsString() + "); unmerge them and "
                            + "give every column its own header in one row");
                }
            }
            DataFormatter formatter = new DataFormatter();
            Row h = sheet.getRow(headerRow);
            List<String> columns = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int c = h.getFirstCellNum(); c < h.getLastCellNum(); c++) {
                String name = h.getCell(c) == null ? "" : formatter.formatCellValue(h.getCell(c)).trim();
                if (name.isEmpty()) {
                    continue;
                }
                if (!seen.add(name)) {
                    throw new SourceFormatException(file, "sheet '" + sheet.getSheetName() + "': column '" + name
                            + "' appears twice in the header; rename one of them");
                }
                columns.add(name);
                indexes.add(c);
            }
            List<SourceFeature> features = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (isBlank(row)) {
                    continue;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), value(row.getCell(indexes.get(i)), formatter));
                }
                features.add(new SourceFeature(r + 1, values, null));
            }
            return new SourceDataset(file, "XLSX", columns, features, Optional.empty(), Optional.empty(),
                    List.of("sheet: " + sheet.getSheetName() + ", header in row " + (headerRow + 1)));
        }
    }

    /**
     * The header is the first of the top rows that is nearly as wide as the widest: clerks' sheets
     * often start with a one-cell title and a blank line. -1 for an empty sheet.
     */
    private static int headerRow(Sheet sheet) {
        int first = sheet.getFirstRowNum();
        int last = Math.min(sheet.getLastRowNum(), first + 20);
        int[] counts = new int[last - first + 1];
        int widest = 0;
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            int n = 0;
            if (row != null) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING
                            && c.getStringCellValue().isBlank())) {
                        n++;
                    }
                }
            }
            counts[r - first] = n;
            widest = Math.max(widest, n);
        }
        if (widest == 0) {
            return -1;
        }
        int needed = widest == 1 ? 1 : Math.max(2, (int) Math.ceil(widest * 0.6));
        for (int r = first; r <= last; r++) {
            if (counts[r - first] >= needed) {
                return r;
            }
        }
        return first;
    }

    private static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static boolean isBlank(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static Object value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toString()
                    : (Object) cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case STRING -> cell.getStringCellValue();
            case BLANK -> null;
            default -> formatter.formatCellValue(cell);
        };
    }
}
