package cn.xuchang.ems.data.io;

import cn.xuchang.ems.data.io.validation.ImportIssue;
import java.util.List;

/**
 * The result of an import, as printed by {@code xems import --json} and shown by the wizard.
 *
 * @param file      the source file (absolute)
 * @param format    format read ("CSV", "Shapefile"...)
 * @param kind      kind code
 * @param sourceCrs the source CRS id, or "" when it could not be determined
 * @param mapping   the mapping used, {@code column=field,...}
 * @param rows      rows/features read
 * @param accepted  rows that passed validation
 * @param rejected  rows refused
 * @param stored    number of resources written to the store (0 for a dry run or a refused import)
 * @param importId  id of the recorded import (for {@code xems undo-import}), or null when nothing was stored
 * @param errors    refusals (row 0 = the whole file)
 * @param warnings  findings that let rows in
 * @param notes     facts: encoding, CRS reasoning, defaults
 * @param succeeded true when the import did what was asked: everything accepted was stored (all rows,
 *                  or the valid ones with skip-invalid), or a dry run found nothing to refuse
 */
public record ImportReport(String file, String format, String kind, String sourceCrs, String mapping, int rows,
                           int accepted, int rejected, int stored, String importId, boolean dryRun,
                           List<ImportIssue> errors, List<ImportIssue> warnings, List<String> notes,
                           boolean succeeded) {
    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
