package cn.xuchang.ems.data.io.validation;

/**
 * One finding of an import check, precise enough for a clerk to find and fix it.
 *
 * @param severity ERROR refuses the row (or the file when {@code row} is 0); WARNING lets it in
 * @param file     file name
 * @param row      line, sheet row or feature number (1-based); 0 for the whole file
 * @param field    the target field or source column concerned, or "" when none
 * @param message  what is wrong
 * @param fix      how to fix it
 */
public record ImportIssue(Severity severity, String file, int row, String field, String message, String fix) {

    /** How bad a finding is. */
    public enum Severity {
        ERROR, WARNING
    }

    /** One line for terminals: {@code teams.csv row 7, field headcount: ... Fix: ...}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(file);
        if (row > 0) {
            sb.append(" row ").append(row);
        }
        if (!field.isEmpty()) {
            sb.append(row > 0 ? ", field " : " field ").append(field);
        }
        sb.append(": ").append(message);
        if (!fix.isEmpty()) {
            sb.append(". Fix: ").append(fix);
        }
        return sb.toString();
    }
}
