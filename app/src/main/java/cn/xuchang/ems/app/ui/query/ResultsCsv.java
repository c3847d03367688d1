package cn.xuchang.ems.app.ui.query;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The results table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends), with
 * localised headers and statuses and lon/lat for re-import. Excel opens UTF-8 CSV correctly only with a
 * byte-order mark: {@link #BOM} is there for file export.
 */
public final class ResultsCsv {

    /** UTF-8 byte-order mark, written first in exported files. */
    public static final String BOM = "\uFEFF";

    private ResultsCsv() {
    }

    /** The rows as CSV text, header first. */
    public static String of(List<ResultRow> rows, ResourceBundle strings) {
        StringBuilder sb = new StringBuilder();
        line(sb, strings.getString("column.rank"), strings.getString("column.name"), strings.getString("column.kind"),
                strings.getString("column.distance"), strings.getString("column.bearing"), strings.getString("column.eta"),
                strings.getString("column.phone"), strings.getString("column.status"), "lon", "lat", "id");
        int rank = 1;
        for (ResultRow r : rows) {
            line(sb, String.valueOf(rank++), r.name(), r.kind(), number(r.distanceM(), 0), number(r.bearingDeg(), 1),
                    number(r.etaMin(), 1), r.phone(), statusText(r.status(), strings),
                    number(r.location().lon(), 6), number(r.location().lat(), 6), r.id());
        }
        return sb.toString();
    }

    /** The localised status for a status code ("" stays ""). */
    public static String statusText(String code, ResourceBundle strings) {
        return code.isEmpty() || !strings.containsKey("status." + code) ? code : strings.getString("status." + code);
    }

    static String number(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    private static void line(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i] == null ? "" : cells[i];
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }
}
