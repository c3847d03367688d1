package cn.xuchang.ems.data.io;

/**
 * One attribute column of an exported or imported layer.
 *
 * @param name      snake_case column name, stable: files written today must import tomorrow
 * @param type      value type
 * @param component the {@code ResourceDetails} record component it carries, or null for the common columns
 */
public record Column(String name, ColumnType type, String component) {
}
