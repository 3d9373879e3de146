package dev.burrow.application.transaction;

import java.util.function.Supplier;

/** Runs a unit of work so that its writes happen together or not at all. */
@FunctionalInterface
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
