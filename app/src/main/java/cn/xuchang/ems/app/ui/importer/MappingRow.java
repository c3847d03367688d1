package cn.xuchang.ems.app.ui.importer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One line of the wizard's mapping table: a source column, the field it feeds, and sample values. FX thread. */
public final class MappingRow {
    private final String column;
    private final StringProperty field;
    private final String samples;

    MappingRow(String column, String field, String samples) {
        this.column = column;
        this.field = new SimpleStringProperty(field);
        this.samples = samples;
    }

    /** Source column name. */
    public String column() {
        return column;
    }

    /** Target field (see {@code TargetField}); "ignore" drops the column. */
    public StringProperty fieldProperty() {
        return field;
    }

    /** The first few values, comma separated. */
    public String samples() {
        return samples;
    }
}
