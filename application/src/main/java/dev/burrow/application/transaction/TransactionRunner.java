package dev.burrow.application.transaction;

import java.util.function.Supplier;

/** Runs a unit of work so that its writes happen together or not at all. */
@FunctionalInterface
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} with every storage call it makes sharing one connection, without a transaction: what one
     * request does, so that it takes a connection from the pool once rather than once a statement. Storage without
     * connections just runs it.
     */
    default <T> T onOneConnection(Supplier<T> work) {
        return work.get();
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
