package cn.xuchang.ems.data.store;

/** A unit of work run inside one store transaction. */
@FunctionalInterface
public interface StoreTransaction {
    /** Performs the writes; throwing rolls the whole transaction back. */
    void run(ResourceWriter writer) throws Exception;
}
