package cn.xuchang.ems.map.render;

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
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.BitSet;
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
            FrameStyle frame = options.styles().frame();
            g.setColor(frame.background());
            g.fillRect(0, 0, pw, ph);
            MapFurniture furniture = options.furniture() ? new MapFurniture(options, vp, caches.sprites) : null;
            if (furniture != null) {
                furniture.reserve(labels, pw, ph, caches.legend(options, layers));
            }
            for (Layer layer : layers) {
                checkCancelled();
                if (!layer.drawnAt(mpp)) {
                    continue;
                }
                LayerStyle style = options.styles().find(layer.id()).orElse(null);
                if (style == null || layer.opacity() <= 0) {
                    continue;
                }
                Composite before = g.getComposite();
                if (layer.opacity() < 1) {
                    g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) layer.opacity()));
                }
                if (style.geometry() == GeometryType.POINT) {
                    drawPoints(g, layer, style);
                } else {
                    drawShapes(g, layer, style);
                }
                g.setComposite(before);
            }
            checkCancelled();
            if (options.labels()) {
                drawLabels(g, labels.place());
            }
            if (furniture != null) {
                furniture.paint(g, pw, ph, caches.legend(options, layers));
            }
        } finally {
            g.dispose();
        }
        return new RenderedMap(vp, s, img, drawn, System.nanoTime() - t0);
    }

    private void drawShapes(Graphics2D g, Layer layer, LayerStyle style) {
        FeatureIndex index = layer.index();
        Envelope view = vp.envelope();
        int level = LevelOfDetail.simplifyLevel(mpp);
        boolean polygon = style.geometry() == GeometryType.POLYGON;
        LabelStyle ls = style.label();
        boolean labelled = options.labels() && ls.enabled() && mpp <= ls.maxResolution();
        BasicStroke casing = style.casing() != null ? stroke(style.casingWidth(), new float[0]) : null;
        BasicStroke line = style.strokeWidth() > 0 ? stroke(style.strokeWidth(), style.dash()) : null;
        List<MapFeature> visible = index.query(view);
        // Fills first, then all outlines: shared county borders are drawn over both neighbours' fills.
        if (polygon) {
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
        }
        for (int pass = 0; pass < 2; pass++) {
            BasicStroke st = pass == 0 ? casing : line;
            if (st == null) {
                continue;
            }
            g.setStroke(st);
            g.setColor(pass == 0 ? style.casing() : style.stroke());
            for (MapFeature f : visible) {
                tick();
                Envelope e = f.envelope();
                if (e.getWidth() < mpp && e.getHeight() < mpp) {
                    continue;
                }
                g.draw(mapToDevice.createTransformedShape(caches.shapes.shape(index, f, level)));
                if (!polygon) {
                    drawn++;
                }
            }
        }
        if (labelled) {
            for (MapFeature f : visible) {
                double x = vp.screenX(f.x()) * s;
                double y = vp.screenY(f.y()) * s;
                if (x >= 0 && y >= 0 && x < pw && y < ph) {
                    labels.offer(new LabelCandidate(f.name(), ls, f.rank(), x, y, 0, s));
                }
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
                    drawSymbol(g, style, c.members().get(0), false);
                } else {
                    drawCluster(g, style, frame, c);
                }
            });
            return;
        }
        boolean labelled = options.labels() && ls.enabled() && mpp <= ls.maxResolution();
        // Points landing on the same 2x2 device-pixel cell are drawn once: the second is invisible anyway.
        int cw = pw / 2 + 1;
        int ch = ph / 2 + 1;
        BitSet occupied = new BitSet(cw * ch);
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
            drawSprite(g, style.symbolFor(f.state()), x, y);
            if (labelled) {
                labels.offer(new LabelCandidate(f.name(), ls, f.rank(), x, y,
                        style.symbolFor(f.state()).size() * 0.6 * s, s));
            }
        });
    }

    private void drawSymbol(Graphics2D g, LayerStyle style, MapFeature f, boolean label) {
        drawSprite(g, style.symbolFor(f.state()), vp.screenX(f.x()) * s, vp.screenY(f.y()) * s);
    }

    private void drawSprite(Graphics2D g, PointSymbol symbol, double x, double y) {
        SymbolSprites.Sprite sprite = caches.sprites.get(symbol, s);
        g.drawImage(sprite.image(), (int) Math.floor(x) - sprite.offset(), (int) Math.floor(y) - sprite.offset(), null);
        drawn++;
    }

    private void drawCluster(Graphics2D g, LayerStyle style, FrameStyle frame, PointClusters.Cluster c) {
        PointSymbol base = style.symbolFor(ClusterStates.mostSevere(style, c));
        PointSymbol big = ClusterStates.clusterSymbol(base, c.size());
        double x = vp.screenX(c.x()) * s;
        double y = vp.screenY(c.y()) * s;
        drawSprite(g, big, x, y);
        BufferedImage badge = caches.badges.badge(c.size(), s, frame.badge(), frame.badgeText());
        double r = big.size() * 0.42 * s;
        g.drawImage(badge, (int) Math.floor(x + r - badge.getHeight() * 0.3), (int) Math.floor(y - r - badge.getHeight() * 0.7), null);
    }

    private void drawLabels(Graphics2D g, List<LabelPlacer.Placed> placed) {
        for (LabelPlacer.Placed p : placed) {
            TextPainter.haloText(g, p.candidate().text(), p.candidate().style(), s, p.baseX(), p.baseY());
        }
    }

    private BasicStroke stroke(double widthPx, float[] dash) {
        float w = (float) (widthPx * s);
        if (dash.length == 0) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] d = new float[dash.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) (dash[i] * s);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
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

    static Color opaque(Color c) {
        return new Color(c.getRGB() | 0xFF000000, true);
    }
}
