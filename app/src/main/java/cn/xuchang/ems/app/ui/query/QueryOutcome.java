package cn.xuchang.ems.app.ui.query;

import java.util.List;

/**
 * A finished query: rows for the table, shapes for the map, and numbers for the summary line.
 *
 * @param request the query answered
 * @param rows    table rows, in result order
 * @param overlay map drawing
 * @param covered coverage: demand points covered (else 0)
 * @param total   coverage: demand points in all (else the number of rows)
 */
public record QueryOutcome(QueryRequest request, List<ResultRow> rows, QueryOverlay overlay, int covered, int total) {
    public QueryOutcome {
        rows = List.copyOf(rows);
    }
}
