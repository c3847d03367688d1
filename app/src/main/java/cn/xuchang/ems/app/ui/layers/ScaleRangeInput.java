package cn.xuchang.ems.app.ui.layers;

import cn.xuchang.ems.app.ui.i18n.Messages;
import java.text.NumberFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the scale fields of the scale-range dialog. A field takes {@code 1:25,000},
 * {@code 1：25000} (full-width colon), {@code 25000} or {@code 25 000}; blank or the word for
 * "none" means no limit. Bad input gets a message naming the field and what to write instead.
 * Immutable.
 */
final class ScaleRangeInput {
    /** The scales offered in the fields' lists, from street to province. */
    static final List<Double> STANDARD_SCALES = List.of(500.0, 1_000.0, 2_000.0, 2_500.0, 5_000.0, 10_000.0,
            25_000.0, 50_000.0, 100_000.0, 250_000.0, 500_000.0, 1_000_000.0);

    // grouping marks people type: comma, full-width comma, apostrophe, spaces (also the no-break ones)
    private static final Pattern GROUPING = Pattern.compile("[,，'_\\s\\u00a0\\u202f]");
    private static final Pattern SCALE = Pattern.compile("(?:1:)?(-?)(\\d+(?:\\.\\d*)?|\\.\\d+)");

    private final Messages messages;

    ScaleRangeInput(Messages messages) {
        this.messages = messages;
    }

    /** What the dialog shows for a denominator: {@code 1:25,000}, or the word for "none" for 0. */
    String format(double denominator) {
        if (denominator <= 0) {
            return none();
        }
        return "1:" + NumberFormat.getIntegerInstance(messages.locale()).format(Math.round(denominator));
    }

    /** The word for "no limit". */
    String none() {
        return messages.get("layer.scaleRange.none");
    }

    /** The range the two fields give, or the message saying what is wrong with them. */
    Checked check(String minimumText, String maximumText) {
        String minLabel = messages.get("layer.scaleRange.minimum");
        String maxLabel = messages.get("layer.scaleRange.maximum");
        Checked min = read(minimumText, minLabel);
        if (!min.ok()) {
            return min;
        }
        Checked max = read(maximumText, maxLabel);
        if (!max.ok()) {
            return max;
        }
        double out = min.denominator();
        double in = max.denominator();
        if (out > 0 && in > 0 && out <= in) {
            return Checked.error(messages.get("layer.scaleRange.order", format(out), format(in)));
        }
        return new Checked(new ScaleRange(out, in), 0, null);
    }

    private Checked read(String text, String field) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equalsIgnoreCase(none()) || t.equalsIgnoreCase("none") || t.equals("无")) {
            return new Checked(null, 0, null);
        }
        String compact = GROUPING.matcher(t.replace('：', ':')).replaceAll("");
        Matcher m = SCALE.matcher(compact);
        if (!m.matches() || !Double.isFinite(Double.parseDouble(m.group(2)))) {
            return Checked.error(messages.get("layer.scaleRange.notNumber", field, t));
        }
        double denominator = Double.parseDouble(m.group(2));
        if (!m.group(1).isEmpty() || denominator <= 0) {
            return Checked.error(messages.get("layer.scaleRange.notPositive", field, t));
        }
        return new Checked(null, denominator, null);
    }

    /**
     * The outcome of reading the fields: a range, or an error message.
     *
     * @param range       the range read (null on error, and for a single field)
     * @param denominator a single field's denominator (0: no limit)
     * @param error       what is wrong, or null
     */
    record Checked(ScaleRange range, double denominator, String error) {
        static Checked error(String message) {
            return new Checked(null, 0, message);
        }

        boolean ok() {
            return error == null;
        }
    }
}
