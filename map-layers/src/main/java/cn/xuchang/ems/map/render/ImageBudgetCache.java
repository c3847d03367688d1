package cn.xuchang.ems.map.render;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Images drawn once per key and reused, up to a budget of pixel bytes: past it the cache is dropped
 * wholesale and refills with what the next frames show. A count of entries is no bound on memory: a
 * label's pixels grow with its text and four-fold at HiDPI, so the 6,000 labels a count bound allowed
 * could hold from 60 to well over 200 MB. Thread-safe.
 */
final class ImageBudgetCache<K, V> {
    private final Map<K, V> cache = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long budgetBytes;
    private final Function<V, BufferedImage> imageOf;

    /** @param imageOf the image a value holds, whose pixels count against the budget */
    ImageBudgetCache(long budgetBytes, Function<V, BufferedImage> imageOf) {
        this.budgetBytes = budgetBytes;
        this.imageOf = imageOf;
    }

    /** The value of {@code key}, drawn by {@code draw} if not cached. */
    V get(K key, Function<K, V> draw) {
        V cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        if (bytes.get() > budgetBytes) {
            cache.clear();
            bytes.set(0);
        }
        return cache.computeIfAbsent(key, k -> {
            V made = draw.apply(k);
            BufferedImage img = imageOf.apply(made);
            bytes.addAndGet(4L * img.getWidth() * img.getHeight());
            return made;
        });
    }

    /** Pixel bytes held now (approximate while other threads draw). */
    long bytes() {
        return bytes.get();
    }

    /** Entries held now. */
    int size() {
        return cache.size();
    }
}
