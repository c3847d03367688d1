package cn.xuchang.ems.map.render;

import cn.xuchang.ems.data.domain.BaseLayer;
import cn.xuchang.ems.data.domain.Camera;
import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.County;
import cn.xuchang.ems.map.index.FeatureIndex;
import cn.xuchang.ems.map.index.PointClusters;
import cn.xuchang.ems.map.layer.Layer;
import cn.xuchang.ems.map.layer.MapFeature;
import cn.xuchang.ems.map.projection.Viewport;
import cn.xuchang.ems.map.style.FrameStyle;
import cn.xuchang.ems.map.style.GeometryType;
import cn.xuchang.ems.map.style.LabelStyle;
import cn.xuchang.ems.map.style.LayerStyle;
import cn.xuchang.ems.map.style.PointSymbol;
import cn.xuchang.ems.map.style.SectorStyle;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Envelope;

/**
 * Renders one frame: layers bottom to top, then labels, then furniture. Everything is drawn in device
 * pixels (logical pixels times the scale factor). One instance per frame; not thread-safe.
 */
final class FrameRenderer {

    private static final int CANCEL_CHECK_EVERY = 256;
    /** Longest camera range considered when culling view sectors (metres). */
    private static final double MAX_SECTOR_RANGE_M = 2_000;

    private final MapRenderer.Caches caches;
    private final List<Layer> layers;
    private final Viewport vp;
    private final RenderOptions options;
    private final BooleanSupplier cancelled;
    private final double s;
    private final double mpp;
    private final int pw;
    private final int ph;
    private final AffineTransform mapToDevice;
    private final LabelPlacer labels;
    private final Map<String, Long> timings = new LinkedHashMap<>();
    private int drawn;
    private int sinceCheck;

    FrameRenderer(MapRenderer.Caches caches, List<Layer> layers, Viewport vp, RenderOptions options,
                  BooleanSupplier cancelled) {
        this.caches = caches;
        this.layers = layers;
        this.vp = vp;
        this.options = options;
        this.cancelled = cancelled;
        this.s = options.scaleFactor();
        this.mpp = vp.metresPerPixel();
        this.pw = (int) Math.ceil(vp.width() * s);
        this.ph = (int) Math.ceil(vp.height() * s);
        this.mapToDevice = AffineTransform.getScaleInstance(s, s);
        mapToDevice.concatenate(vp.mapToScreen());
        this.labels = new LabelPlacer(pw, ph);
    }

    RenderedMap render() {
        long t0 = System.nanoTime();
        BufferedImage img = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            SymbolPainter.antialias(g);
            MapFurniture furniture = options.furniture() ? new MapFurniture(options, vp, caches.badges) : null;
            if (furniture != null) {
                furniture.reserve(labels, pw, ph, caches.legend(options, layers));
            }
            int baseCount = basePrefix();
            long tb = System.nanoTime();
            paintBase(img, g, layers.subList(0, baseCount));
            timings.put("base", System.nanoTime() - tb);
            for (Layer layer : layers.subList(baseCount, layers.size())) {
                checkCancelled();
                LayerStyle style = drawable(layer);
                if (style == null) {
                    continue;
                }
                Composite before = g.getComposite();
                if (layer.opacity() < 1) {
                    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) layer.opacity()));
                }
                long t = System.nanoTime();
                if (style.geometry() == GeometryType.POINT) {
                    drawPoints(g, layer, style);
                } else {
                    drawShapes(g, layer, style);
                    offerShapeLabels(layer, style);
                }
                g.setComposite(before);
                timings.put(layer.id(), System.nanoTime() - t);
            }
            checkCancelled();
            long t = System.nanoTime();
            if (options.labels()) {
                drawLabels(g, labels.place());
            }
            timings.put("labels", System.nanoTime() - t);
            t = System.nanoTime();
            if (furniture != null) {
                furniture.paint(g, pw, ph, caches.legend(options, layers));
            }
            timings.put("furniture", System.nanoTime() - t);
        } finally {
            g.dispose();
        }
        return new RenderedMap(vp, s, img, drawn, System.nanoTime() - t0, timings);
    }

    /** The style of a layer drawn in this frame, or null when it is hidden here. */
    private LayerStyle drawable(Layer layer) {
        if (!layer.drawnAt(mpp) || layer.opacity() <= 0) {
            return null;
        }
        return options.styles().find(layer.id()).orElse(null);
    }

    /** Number of bottom layers that are polygons or lines: the base map, cached as pixels between frames. */
    private int basePrefix() {
        int n = 0;
        for (Layer layer : layers) {
            LayerStyle st = options.styles().find(layer.id()).orElse(null);
            if (st != null && st.geometry() == GeometryType.POINT) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Background and base layers: from the base raster cache where it can, drawing only what it lacks. */
    private void paintBase(BufferedImage img, Graphics2D g, List<Layer> base) {
        List<Object> states = new java.util.ArrayList<>();
        for (Layer layer : base) {
            states.add(List.of(layer.id(), layer.index(), drawable(layer) != null, layer.opacity()));
        }
        BaseRasterCache.Key key = new BaseRasterCache.Key(mpp, s, pw, ph, options.styles(), states);
        List<java.awt.Rectangle> dirty = caches.base.restore(img, key, vp);
        FrameStyle frame = options.styles().frame();
        for (java.awt.Rectangle r : dirty) {
            g.setClip(r);
            g.setColor(frame.background());
            g.fillRect(r.x, r.y, r.width, r.height);
            for (Layer layer : base) {
                checkCancelled();
                LayerStyle style = drawable(layer);
                if (style == null) {
                    continue;
                }
                Composite before = g.getComposite();
                if (layer.opacity() < 1) {
                    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) layer.opacity()));
                }
                drawShapes(g, layer, style);
                g.setComposite(before);
            }
        }
        g.setClip(null);
        caches.base.store(img, key, vp);
        for (Layer layer : base) {
            LayerStyle style = drawable(layer);
            if (style != null) {
                offerShapeLabels(layer, style);
            }
        }
    }

    private void offerShapeLabels(Layer layer, LayerStyle style) {
        LabelStyle ls = style.label();
        if (!options.labels() || !ls.enabled() || mpp > ls.maxResolution()) {
            return;
        }
        layer.index().query(vp.envelope(), f -> {
            double x = vp.screenX(f.x()) * s;
            double y = vp.screenY(f.y()) * s;
            if (x >= 0 && y >= 0 && x < pw && y < ph) {
                labels.offer(new LabelCandidate(localName(f), ls, f.rank(), x, y, 0, s));
            }
        });
    }

    /** County names follow the map language; other names are as stored. */
    private String localName(MapFeature f) {
        if (f.layerId().equals(BaseLayer.COUNTY.code()) && "en".equals(options.locale().getLanguage())) {
            return County.fromCode(f.code()).map(County::nameEn).orElse(f.name());
        }
        return f.name();
    }

    private void drawShapes(Graphics2D g, Layer layer, LayerStyle style) {
        FeatureIndex index = layer.index();
        Envelope view = vp.envelope();
        int level = LevelOfDetail.simplifyLevel(mpp);
        boolean polygon = style.geometry() == GeometryType.POLYGON;
        BasicStroke casing = style.casing() != null ? stroke(style.casingWidth(), new float[0]) : null;
        BasicStroke line = style.strokeWidth() > 0 ? stroke(style.strokeWidth(), style.dash()) : null;
        List<MapFeature> visible = index.query(view);
        if (polygon) {
            // Fills without antialiasing: their edges lie under the antialiased border strokes, and a
            // full-screen AA fill costs several times more.
            boolean stroked = line != null || casing != null;
            if (stroked) {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            }
            for (MapFeature f : visible) {
                tick();
                Envelope e = f.envelope();
                if (e.getWidth() < mpp && e.getHeight() < mpp) {
                    continue; // smaller than a pixel
                }
                Shape dev = mapToDevice.createTransformedShape(caches.shapes.shape(index, f, level));
                g.setColor(style.fillFor(f.code()));
                g.fill(dev);
                drawn++;
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            if (!visible.isEmpty()) {
                // Borders once each (shared borders are not stroked twice), casing under the line.
                Shape borders = mapToDevice.createTransformedShape(caches.shapes.borders(index, level));
                strokeTwice(g, borders, casing, style.casing(), line, style.stroke());
            }
        } else {
            for (MapFeature f : visible) {
                tick();
                Envelope e = f.envelope();
                if (e.getWidth() < mpp && e.getHeight() < mpp) {
                    continue;
                }
                Shape dev = mapToDevice.createTransformedShape(caches.shapes.shape(index, f, level));
                strokeTwice(g, dev, casing, style.casing(), line, style.stroke());
                drawn++;
            }
        }
    }

    private void drawPoints(Graphics2D g, Layer layer, LayerStyle style) {
        FeatureIndex index = layer.index();
        double radiusPx = style.symbol().size() * 0.8;
        Envelope view = vp.envelope();
        view.expandBy(radiusPx * mpp);
        LabelStyle ls = style.label();
        if (style.clustersAt(mpp)) {
            PointClusters clusters = caches.clusters.clusters(index, mpp, style.clusterCellPx());
            FrameStyle frame = options.styles().frame();
            clusters.query(view, c -> {
                tick();
                if (c.size() == 1) {
                    drawSymbol(g, style, c.members().get(0));
                } else {
                    drawCluster(g, style, frame, c);
                }
            });
            return;
        }
        boolean labelled = options.labels() && ls.enabled() && mpp <= ls.maxResolution();
        if (style.sector() != null && mpp <= style.sector().maxResolution()) {
            drawSectors(g, index, style.sector());
        }
        // Points landing on the same 2x2 device-pixel cell are drawn once: the second is invisible anyway.
        int cw = pw / 2 + 1;
        int ch = ph / 2 + 1;
        BitSet occupied = new BitSet(cw * ch);
        Map<String, SymbolSprites.Sprite> spriteByState = new HashMap<>();
        index.query(view, f -> {
            tick();
            double x = vp.screenX(f.x()) * s;
            double y = vp.screenY(f.y()) * s;
            int cx = (int) Math.floor(x) >> 1;
            int cy = (int) Math.floor(y) >> 1;
            if (cx >= 0 && cy >= 0 && cx < cw && cy < ch) {
                int bit = cy * cw + cx;
                if (occupied.get(bit)) {
                    return;
                }
                occupied.set(bit);
            }
            SymbolSprites.Sprite sprite = spriteByState.computeIfAbsent(f.state(),
                    st -> caches.sprites.get(style.symbolFor(st), s));
            g.drawImage(sprite.image(), (int) Math.floor(x) - sprite.offset(), (int) Math.floor(y) - sprite.offset(), null);
            drawn++;
            labels.symbol(x, y, style.symbolFor(f.state()).size() * 0.5 * s, ls.priority());
            if (labelled) {
                labels.offer(new LabelCandidate(f.name(), ls, f.rank(), x, y,
                        style.symbolFor(f.state()).size() * 0.6 * s, s));
            }
        });
    }

    /** Camera view sectors: heading clockwise from north, field of view, range in metres. */
    private void drawSectors(Graphics2D g, FeatureIndex index, SectorStyle st) {
        Envelope reach = vp.envelope();
        reach.expandBy(MAX_SECTOR_RANGE_M);
        List<Shape> sectors = new java.util.ArrayList<>();
        boolean[] tooMany = {false};
        index.query(reach, f -> {
            if (tooMany[0] || !(f.source() instanceof Resource r) || !(r.details() instanceof Camera cam)) {
                return;
            }
            if (sectors.size() >= st.maxCount()) {
                tooMany[0] = true;
                return;
            }
            double x = vp.screenX(f.x()) * s;
            double y = vp.screenY(f.y()) * s;
            double rad = cam.rangeM() / mpp * s;
            if (x + rad < 0 || y + rad < 0 || x - rad > pw || y - rad > ph) {
                return;
            }
            sectors.add(cam.fieldOfViewDeg() >= 360
                    ? new Ellipse2D.Double(x - rad, y - rad, 2 * rad, 2 * rad)
                    : new Arc2D.Double(x - rad, y - rad, 2 * rad, 2 * rad,
                    90 - cam.headingDeg() - cam.fieldOfViewDeg() / 2, cam.fieldOfViewDeg(), Arc2D.PIE));
        });
        if (tooMany[0]) {
            return;
        }
        // Translucent fills without antialiasing (several times cheaper), edges by the antialiased outline.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(st.fill());
        for (Shape sector : sectors) {
            g.fill(sector);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke((float) s));
        g.setColor(st.stroke());
        for (Shape sector : sectors) {
            g.draw(sector);
        }
    }

    private void drawSymbol(Graphics2D g, LayerStyle style, MapFeature f) {
        drawSprite(g, style.symbolFor(f.state()), vp.screenX(f.x()) * s, vp.screenY(f.y()) * s, style.label().priority());
    }

    private void drawSprite(Graphics2D g, PointSymbol symbol, double x, double y, int labelPriority) {
        SymbolSprites.Sprite sprite = caches.sprites.get(symbol, s);
        labels.symbol(x, y, symbol.size() * 0.5 * s, labelPriority);
        g.drawImage(sprite.image(), (int) Math.floor(x) - sprite.offset(), (int) Math.floor(y) - sprite.offset(), null);
        drawn++;
    }

    private void drawCluster(Graphics2D g, LayerStyle style, FrameStyle frame, PointClusters.Cluster c) {
        PointSymbol base = style.symbolFor(ClusterStates.mostSevere(style, c));
        PointSymbol big = ClusterStates.clusterSymbol(base, c.size());
        double x = vp.screenX(c.x()) * s;
        double y = vp.screenY(c.y()) * s;
        drawSprite(g, big, x, y, style.label().priority());
        BufferedImage badge = caches.badges.badge(c.size(), s, frame.badge(), frame.badgeText());
        double r = big.size() * 0.42 * s;
        g.drawImage(badge, (int) Math.floor(x + r - badge.getHeight() * 0.3), (int) Math.floor(y - r - badge.getHeight() * 0.7), null);
    }

    private void drawLabels(Graphics2D g, List<LabelPlacer.Placed> placed) {
        for (LabelPlacer.Placed p : placed) {
            LabelSprites.Sprite sprite = caches.labels.get(p.candidate().text(), p.candidate().style(), s);
            g.drawImage(sprite.image(), (int) Math.round(p.baseX()) - sprite.originX(),
                    (int) Math.round(p.baseY()) - sprite.originY(), null);
        }
    }

    private static void strokeTwice(Graphics2D g, Shape shape, BasicStroke casing, Color casingColour,
                                    BasicStroke line, Color lineColour) {
        if (casing != null) {
            g.setStroke(casing);
            g.setColor(casingColour);
            g.draw(shape);
        }
        if (line != null) {
            g.setStroke(line);
            g.setColor(lineColour);
            g.draw(shape);
        }
    }

    private BasicStroke stroke(double widthPx, float[] dash) {
        float w = (float) (widthPx * s);
        // Round joins on thin lines look the same as bevels but cost several times more to stroke
        // (the county outlines have thousands of short segments).
        int join = w <= 4 ? BasicStroke.JOIN_BEVEL : BasicStroke.JOIN_ROUND;
        if (dash.length == 0) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, join);
        }
        float[] d = new float[dash.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (dash[i] * s);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, join, 10f, d, 0f);
    }

    private void tick() {
        if (++sinceCheck >= CANCEL_CHECK_EVERY) {
            sinceCheck = 0;
            checkCancelled();
        }
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("render of " + vp + " cancelled");
        }
    }
}
