package cn.xuchang.ems.data.io;

/** The value type of an attribute column, as files with typed fields (DBF, GeoPackage, XLSX) need it. */
public enum ColumnType {
    /** Text. */
    STRING,
    /** Whole number (Java long). */
    INTEGER,
    /** Floating-point number (Java double). */
    REAL,
    /** true/false. */
    BOOLEAN,
    /** An instant, written as ISO-8601 UTC text. */
    DATETIME,
    /** A list or object, written as JSON text where the format has no structured values. */
    JSON
}
