package cn.xuchang.ems.data.io.validation;

import cn.xuchang.ems.data.crs.CrsGuess;
import cn.xuchang.ems.data.domain.Resource;
import java.util.List;

/**
 * The outcome of checking a whole source before anything is stored.
 *
 * @param crs      the source system used (null when it could not be determined)
 * @param accepted resources ready to store, in file order
 * @param rejectedRows number of rows refused
 * @param errors   file-level (row 0) and row errors
 * @param warnings findings that let the rows in
 * @param notes    facts for the report (encoding, CRS reasoning, defaults applied)
 */
public record ValidationResult(CrsGuess crs, List<Resource> accepted, int rejectedRows, List<ImportIssue> errors,
                               List<ImportIssue> warnings, List<String> notes) {
    public ValidationResult {
        accepted = List.copyOf(accepted);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    /** True when something is wrong with the file as a whole: nothing can be imported. */
    public boolean fileRefused() {
        return errors.stream().anyMatch(e -> e.row() == 0);
    }
}
