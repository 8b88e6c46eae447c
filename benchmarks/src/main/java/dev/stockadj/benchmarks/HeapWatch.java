package dev.stockadj.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap a step of {@link FreezeInBoundedHeap} needed, two ways: the most the heap held just after a collection
 * during the step (what was live then: the step's working set, give or take garbage not yet collected) and the sum
 * of the heap pools' peaks (an upper bound: each pool's peak, at whatever moment). A step that needs more than the
 * heap has ends in an {@link OutOfMemoryError}, which is the test that counts.
 */
final class HeapWatch {
    private final AtomicLong liveHighWater = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    liveHighWater.accumulateAndGet(after, Math::max);
                    collections.incrementAndGet();
                }
            }, null, null);
        }
    }

    /** Starts a step (just after a full collection): what is live now is its floor, returned. */
    long reset() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long floor = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        liveHighWater.set(floor);
        collections.set(0);
        return floor;
    }

    /** What the heap holds now (just after a full collection: what the step left live). */
    long used() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    long liveHighWater() {
        return liveHighWater.get();
    }

    long poolPeaks() {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    long collections() {
        return collections.get();
    }
}
