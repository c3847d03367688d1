package cn.xuchang.ems.app.ui.attributes;

/**
 * One line of the attribute panel.
 *
 * @param label translated field name
 * @param value formatted value in the UI language
 * @param section the group it belongs to, so the panel can separate identity, details and provenance
 */
public record AttributeRow(Section section, String label, String value) {

    /** Groups of rows, shown in this order. */
    public enum Section { IDENTITY, DETAILS, PROVENANCE }
}
