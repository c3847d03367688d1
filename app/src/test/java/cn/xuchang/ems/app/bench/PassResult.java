package cn.xuchang.ems.app.bench;

import java.util.List;
import java.util.Map;

/**
 * What one measured pass of the session on one dataset found.
 *
 * @param dataset   dataset name
 * @param pass      1-based pass number
 * @param seconds   wall time of the pass
 * @param byAction  delay figures per action, in script order
 * @param overall   delay figures of the whole pass
 * @param stalls    every stall over the budget, in order
 * @param gcCount   garbage collections during the pass
 * @param gcTotalMs their total time
 * @param gcMaxMs   the longest
 * @param gcPauses  each collection: collector, action, cause and milliseconds
 * @param blindMs   stretches over 50 ms in which the probe could not post (the process was frozen,
 *                  e.g. by a collection), each with the collections' share: "ms (gc ms)"
 * @param loadBefore one-minute load average when the pass began
 * @param loadAfter  and when it ended
 * @param heap       the Java heap of the pass
 */
public record PassResult(String dataset, int pass, double seconds, Map<String, DelayStats> byAction, DelayStats overall,
                         List<Stall> stalls, int gcCount, double gcTotalMs, double gcMaxMs, List<String> gcPauses, List<String> blindMs,
                         double loadBefore, double loadAfter, Heap heap) {

    /**
     * The Java heap of a pass, MB.
     *
     * @param peakUsed  most used at once during the pass, garbage included (sum of the pools' peaks)
     * @param committed reserved from the system at the end of the pass
     * @param live      used after a full collection at the end of the pass: what the app holds
     */
    public record Heap(double peakUsed, double committed, double live) {
    }
}
