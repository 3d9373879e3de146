package dev.burrow.jdbc.database;

import dev.burrow.application.transaction.TransactionRunner;

import java.util.function.Supplier;

/**
 * Units of work as database transactions. The repositories take this thread's handle, so whatever they do inside
 * the work is part of it, and work nested in other work belongs to the outer transaction.
 */
public final class JdbiTransactionRunner implements TransactionRunner {

    private final Database database;

    public JdbiTransactionRunner(Database database) {
        this.database = database;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return database.inTransaction(work);
    }

    @Override
    public <T> T onOneConnection(Supplier<T> work) {
        return database.onOneConnection(work);
    }
}
