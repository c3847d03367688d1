package cn.xuchang.ems.data.io.xlsx;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ResourceKind;
import cn.xuchang.ems.data.io.ExportOptions;
import cn.xuchang.ems.data.io.FeatureWriter;
import cn.xuchang.ems.data.io.ResourceAttributes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes an Excel workbook (Apache POI, streaming) with one sheet named after the kind: a bold
 * header row, the coordinates after the name ({@code lon,lat} or {@code easting,northing}) as
 * numbers, typed cells for the attributes (numbers, TRUE/FALSE, text; lists as JSON text), and a
 * {@code wkt} column when some geometry is not a point.
 */
public final class XlsxResourceWriter implements FeatureWriter {

    @Override
    public void write(List<Resource> resources, ResourceKind kind, Path out, ExportOptions options) throws IOException {
        boolean geographic = options.crs().geographic();
        boolean needWkt = ResourceAttributes.needsWkt(resources);
        List<String> header = ResourceAttributes.tableHeader(kind, geographic, needWkt);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet(kind.code());
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                h.getCell(i).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            WKTWriter wkt = new WKTWriter();
            double[] xy = new double[2];
            int rowIndex = 1;
            for (Resource r : resources) {
                Row row = sheet.createRow(rowIndex++);
                int col = 0;
                options.crs().fromCgcs2000(r.location().lon(), r.location().lat(), xy);
                for (Map.Entry<String, Object> e : ResourceAttributes.flatten(r).entrySet()) {
                    Object v = e.getValue();
                    var cell = row.createCell(col++);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v instanceof Instant i) {
                        cell.setCellValue(i.toString());
                    } else {
                        cell.setCellValue(ResourceAttributes.asText(v));
                    }
                    if (e.getKey().equals(ResourceAttributes.NAME)) {
                        row.createCell(col++).setCellValue(xy[0]);
                        row.createCell(col++).setCellValue(xy[1]);
                    }
                }
                if (needWkt) {
                    row.createCell(col).setCellValue(r.geometry() instanceof Point ? ""
                            : wkt.write(cn.xuchang.ems.data.crs.GeometryReprojection.fromCgcs2000(r.geometry(), options.crs())));
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }
}
