package cn.xuchang.ems.map.style;

import java.awt.Color;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of one style file: {@code key = value} lines, {@code #} comments, UTF-8. Keys remember
 * their line so every typed getter can reject a bad value with "file:line: what is wrong, what to
 * write". {@link #rejectUnknownKeys()} catches misspelt keys. Not thread-safe; used while loading.
 */
public final class StyleFile {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    private final String name;
    private final Map<String, Entry> entries;
    private final Set<String> used = new HashSet<>();
    /** Every key a getter asked for, present or not: the keys this file may have. */
    private final Set<String> asked = new HashSet<>();

    private record Entry(String value, int line) {
    }

    private StyleFile(String name, Map<String, Entry> entries) {
        this.name = name;
        this.entries = entries;
    }

    /** Reads a style file; fails with a {@link StyleException} on malformed lines and duplicate keys. */
    public static StyleFile parse(String name, Reader reader) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String raw;
            int lineNo = 0;
            while ((raw = in.readLine()) != null) {
                lineNo++;
                String line = stripComment(raw).strip();
                if (line.isEmpty()) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new StyleException(name, lineNo, "expected 'key = value', got '" + line + "'");
                }
                String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(eq + 1).strip();
                if (!KEY.matcher(key).matches()) {
                    throw new StyleException(name, lineNo, "bad key '" + key
                            + "': use lower-case letters, digits, '.', '-' and '_'");
                }
                if (value.isEmpty()) {
                    throw new StyleException(name, lineNo, "key '" + key + "' has no value");
                }
                Entry previous = entries.put(key, new Entry(value, lineNo));
                if (previous != null) {
                    throw new StyleException(name, lineNo, "key '" + key + "' repeats line " + previous.line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read style file " + name, e);
        }
        return new StyleFile(name, entries);
    }

    /** Reads a style file from the class path; {@code resource} is an absolute resource path. */
    public static StyleFile load(String resource) {
        InputStream in = StyleFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new StyleException(resource, 0, "style file not found on the class path");
        }
        String shortName = resource.substring(resource.lastIndexOf('/') + 1);
        return parse(shortName, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static String stripComment(String raw) {
        // A comment starts with '#' at the start of a line or after white space; the '#' of a colour
        // value (key = #RRGGBB) directly follows the '=' and its blanks, so it is kept.
        int eq = raw.indexOf('=');
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) != '#') {
                continue;
            }
            boolean valueStart = eq >= 0 && i > eq && raw.substring(eq + 1, i).isBlank();
            boolean afterBlank = i == 0 || Character.isWhitespace(raw.charAt(i - 1));
            if (afterBlank && !valueStart) {
                return raw.substring(0, i);
            }
        }
        return raw;
    }

    /** File name used in messages. */
    public String name() {
        return name;
    }

    /** Whether the key is present. */
    public boolean has(String key) {
        asked.add(key);
        return entries.containsKey(key);
    }

    /** Keys starting with {@code prefix}, in file order. */
    public List<String> keysStartingWith(String prefix) {
        List<String> keys = new ArrayList<>();
        for (String k : entries.keySet()) {
            if (k.startsWith(prefix)) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** Raw text of a required key. */
    public String text(String key) {
        asked.add(key);
        Entry e = entries.get(key);
        if (e == null) {
            throw new StyleException(name, 0, "missing required key '" + key + "'");
        }
        used.add(key);
        return e.value;
    }

    /** Raw text, or {@code fallback} when absent. */
    public String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    /** A colour written {@code #RRGGBB} or {@code #RRGGBBAA}. */
    public Color color(String key, Color fallback) {
        if (!has(key)) {
            return fallback;
        }
        String v = text(key);
        if (!HEX.matcher(v).matches()) {
            throw error(key, "'" + v + "' is not a colour; write #RRGGBB or #RRGGBBAA");
        }
        long bits = Long.parseLong(v.substring(1), 16);
        if (v.length() == 7) {
            return new Color((int) bits);
        }
        return new Color((int) (bits >>> 24) & 0xFF, (int) (bits >>> 16) & 0xFF, (int) (bits >>> 8) & 0xFF,
                (int) bits & 0xFF);
    }

    /** A required colour. */
    public Color color(String key) {
        text(key);
        return color(key, null);
    }

    /** A number in [min, max]. */
    public double number(String key, double fallback, double min, double max) {
        if (!has(key)) {
            return fallback;
        }
        String v = text(key);
        double d;
        try {
            d = v.equalsIgnoreCase("infinity") ? Double.POSITIVE_INFINITY : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(key, "'" + v + "' is not a number");
        }
        if (Double.isNaN(d) || d < min || d > max) {
            throw error(key, v + " is out of range; use a number from " + fmt(min) + " to " + fmt(max));
        }
        return d;
    }

    /** true/false. */
    public boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String v = text(key).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw error(key, "'" + v + "' is not true or false");
        };
    }

    /** A symbol shape. */
    public SymbolShape shape(String key, SymbolShape fallback) {
        if (!has(key)) {
            return fallback;
        }
        String v = text(key);
        SymbolShape s = SymbolShape.fromCode(v);
        if (s == null) {
            throw error(key, "unknown shape '" + v + "'; use one of " + SymbolShape.codes());
        }
        return s;
    }

    /** Comma-separated positive numbers (dash patterns). */
    public float[] numbers(String key) {
        if (!has(key)) {
            return new float[0];
        }
        String[] parts = text(key).split(",");
        float[] out = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Float.parseFloat(parts[i].strip());
            } catch (NumberFormatException e) {
                throw error(key, "'" + parts[i].strip() + "' is not a number; write e.g. 6, 3");
            }
            if (!(out[i] > 0)) {
                throw error(key, "dash lengths must be > 0");
            }
        }
        return out;
    }

    /** A problem with the value of {@code key}, located at its line. */
    public StyleException error(String key, String problem) {
        Entry e = entries.get(key);
        return new StyleException(name, e == null ? 0 : e.line, key + ": " + problem);
    }

    /** Fails on the first key no getter has asked for (a typo, or a key of another layer type). */
    public void rejectUnknownKeys() {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            if (!used.contains(e.getKey())) {
                String hint = closest(e.getKey());
                throw new StyleException(name, e.getValue().line, "unknown key '" + e.getKey() + "'"
                        + (hint != null ? "; did you mean '" + hint + "'?" : " for this kind of layer"));
            }
        }
    }

    /** The known key nearest to a misspelt one (at most 3 edits away), or null. */
    private String closest(String key) {
        String best = null;
        int bestDistance = 4;
        for (String k : asked) {
            int d = editDistance(key, k);
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String fmt(double d) {
        return d == Double.POSITIVE_INFINITY ? "infinity" : (d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d));
    }
}
