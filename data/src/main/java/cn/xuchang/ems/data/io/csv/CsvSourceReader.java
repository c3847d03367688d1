package cn.xuchang.ems.data.io.csv;

import cn.xuchang.ems.data.io.FeatureReader;
import cn.xuchang.ems.data.io.ReadOptions;
import cn.xuchang.ems.data.io.SourceDataset;
import cn.xuchang.ems.data.io.SourceFeature;
import cn.xuchang.ems.data.io.SourceFormatException;
import cn.xuchang.ems.data.io.TextEncoding;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads CSV (RFC 4180: quoted cells, doubled quotes, line breaks inside quotes) in UTF-8, UTF-8 with
 * BOM, or GBK/GB18030 (detected when not given). Also accepts ';' or tab as separator when the header
 * has none of ','. The first line is the header; a row's number is the line it starts on.
 */
public final class CsvSourceReader implements FeatureReader {

    @Override
    public SourceDataset read(Path file, ReadOptions options) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Charset charset = options.charset().orElseGet(() -> TextEncoding.detect(bytes));
        List<String> notes = new ArrayList<>();
        if (options.charset().isEmpty()) {
            notes.add("encoding detected: " + (charset.equals(StandardCharsets.UTF_8)
                    ? (TextEncoding.hasUtf8Bom(bytes) ? "UTF-8 with BOM" : "UTF-8") : "GBK/GB18030"));
        }
        String text = new String(bytes, charset);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new SourceFormatException(file, "the file is empty; a CSV needs a header line and at least one row");
        }
        char separator = guessSeparator(text);
        List<Row> rows = parse(file, text, separator);
        List<String> header = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String h : rows.get(0).cells) {
            String name = h.trim();
            if (name.isEmpty()) {
                name = "column_" + (header.size() + 1);
            }
            if (!seen.add(name)) {
                throw new SourceFormatException(file, "line 1: column '" + name + "' appears twice in the header; "
                        + "rename one of them");
            }
            header.add(name);
        }
        List<SourceFeature> features = new ArrayList<>(rows.size());
        for (int i = 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.cells.size() == 1 && row.cells.get(0).isBlank()) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < row.cells.size() ? row.cells.get(c) : null);
            }
            String problem = row.cells.size() == header.size() ? null
                    : "has " + row.cells.size() + " cells but the header has " + header.size()
                    + "; quote cells that contain '" + separator + "' or fix the row";
            features.add(new SourceFeature(row.line, values, null, problem));
        }
        return new SourceDataset(file, "CSV", header, features, Optional.empty(), Optional.of(charset), notes);
    }

    private static char guessSeparator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf(',') >= 0) {
            return ',';
        }
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        return first.indexOf(';') >= 0 ? ';' : ',';
    }

    private record Row(int line, List<String> cells) {
    }

    private static List<Row> parse(Path file, String text, char sep) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int quoteStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
                quoteStart = line;
            } else if (ch == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowStart, cells));
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new SourceFormatException(file, "line " + quoteStart + ": a quoted cell is never closed; "
                    + "add the missing '\"'");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, cells));
        }
        return rows;
    }
}
