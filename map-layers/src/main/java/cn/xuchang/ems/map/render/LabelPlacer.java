package cn.xuchang.ems.map.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement with collision avoidance: candidates are taken by priority (style), then
 * rank, and each tries a few positions around its anchor (right, left, above, below for points;
 * centred for areas); the first that overlaps no placed label and stays on screen wins, otherwise the
 * label is dropped. Placed boxes live in a coarse grid so the overlap test stays cheap.
 * Boxes are estimated from the character count (CJK characters are one em wide), which is what lets
 * thousands of candidates be tried per frame. One instance per frame; not thread-safe.
 */
final class LabelPlacer {

    /** A placed label: candidate, text box (device pixels) and baseline origin. */
    record Placed(LabelCandidate candidate, Rectangle2D box, double baseX, double baseY) {
    }

    private static final int CELL = 64;

    private final int width;
    private final int height;
    private final int cols;
    private final int rows;
    private final List<List<Rectangle2D>> grid;
    private final List<List<Obstacle>> symbols;

    private record Obstacle(Rectangle2D box, int priority) {
    }
    private final List<LabelCandidate> candidates = new ArrayList<>();

    LabelPlacer(int width, int height) {
        this.width = width;
        this.height = height;
        this.cols = width / CELL + 1;
        this.rows = height / CELL + 1;
        this.grid = newGrid();
        this.symbols = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            symbols.add(new ArrayList<>(2));
        }
    }

    private List<List<Rectangle2D>> newGrid() {
        List<List<Rectangle2D>> g = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            g.add(new ArrayList<>(2));
        }
        return g;
    }

    /**
     * Marks a drawn symbol of a layer whose labels have {@code priority}: a point label keeps off the
     * symbols of layers at least as important as its own (a school's name never hides a hazard; a
     * hazard's name may cover schools); area labels (county names) may cross symbols, their halo keeps
     * them readable.
     */
    void symbol(double x, double y, double halfSize, int priority) {
        Obstacle o = new Obstacle(new Rectangle2D.Double(x - halfSize, y - halfSize, 2 * halfSize, 2 * halfSize), priority);
        anyCell(o.box(), cell -> {
            symbols.get(cell).add(o);
            return false;
        });
    }

    private boolean hidesSymbol(Rectangle2D box, int priority) {
        return anyCell(box, cell -> {
            for (Obstacle o : symbols.get(cell)) {
                if (o.priority() >= priority && o.box().intersects(box)) {
                    return true;
                }
            }
            return false;
        });
    }

    void offer(LabelCandidate c) {
        if (!c.text().isBlank()) {
            candidates.add(c);
        }
    }

    /** Marks an area as taken before placement (e.g. the legend panel). */
    void block(Rectangle2D r) {
        add(grid, r);
    }

    /** Places the candidates; returns the winners in placement order. */
    List<Placed> place() {
        candidates.sort(Comparator.comparingInt((LabelCandidate c) -> -c.style().priority())
                .thenComparingDouble(c -> -c.rank()));
        List<Placed> placed = new ArrayList<>();
        for (LabelCandidate c : candidates) {
            Placed p = tryPlace(c);
            if (p != null) {
                placed.add(p);
                add(grid, p.box);
            }
        }
        return placed;
    }

    private Placed tryPlace(LabelCandidate c) {
        double size = c.style().size() * c.scale();
        double w = textWidth(c.text(), size);
        double h = size * 1.15;
        double pad = c.style().haloWidth() * c.scale();
        if (c.gap() <= 0) {
            return fit(c, c.x() - w / 2, c.y() - h / 2, w, h, pad, size);
        }
        double g = c.gap() + 2 * c.scale();
        double[][] positions = {
                {c.x() + g, c.y() - h / 2},          // right
                {c.x() - g - w, c.y() - h / 2},      // left
                {c.x() - w / 2, c.y() - g - h},      // above
                {c.x() - w / 2, c.y() + g},          // below
        };
        for (double[] pos : positions) {
            Placed p = fit(c, pos[0], pos[1], w, h, pad, size);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Placed fit(LabelCandidate c, double x, double y, double w, double h, double pad, double size) {
        Rectangle2D box = new Rectangle2D.Double(x - pad, y - pad, w + 2 * pad, h + 2 * pad);
        if (box.getMinX() < 0 || box.getMinY() < 0 || box.getMaxX() > width || box.getMaxY() > height) {
            return null;
        }
        if (collides(grid, box) || (c.gap() > 0 && hidesSymbol(box, c.style().priority()))) {
            return null;
        }
        // Baseline: descent of the bundled font is about 0.12 em below a box of 1.15 em.
        return new Placed(c, box, x, y + h - size * 0.22);
    }

    /** Estimated advance of {@code text}: CJK and full-width characters one em, others about half. */
    static double textWidth(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += cp >= 0x2E80 ? 1.0 : (Character.isUpperCase(cp) || Character.isDigit(cp) ? 0.62 : 0.52);
            i += Character.charCount(cp);
        }
        return em * size;
    }

    private boolean collides(List<List<Rectangle2D>> grid, Rectangle2D box) {
        return anyCell(box, cell -> {
            for (Rectangle2D other : grid.get(cell)) {
                if (other.intersects(box)) {
                    return true;
                }
            }
            return false;
        });
    }

    private void add(List<List<Rectangle2D>> grid, Rectangle2D box) {
        anyCell(box, cell -> {
            grid.get(cell).add(box);
            return false;
        });
    }

    /** Visits the grid cells {@code box} overlaps until {@code visit} answers true; returns whether it did. */
    private boolean anyCell(Rectangle2D box, java.util.function.IntPredicate visit) {
        int c0 = clamp((int) (box.getMinX() / CELL), cols);
        int c1 = clamp((int) (box.getMaxX() / CELL), cols);
        int r0 = clamp((int) (box.getMinY() / CELL), rows);
        int r1 = clamp((int) (box.getMaxY() / CELL), rows);
        for (int r = r0; r <= r1; r++) {
            for (int col = c0; col <= c1; col++) {
                if (visit.test(r * cols + col)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
