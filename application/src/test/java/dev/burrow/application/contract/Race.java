package dev.burrow.application.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs calls that race each other, all let go at once, for the contracts that must hold under concurrency. */
final class Race {

    private Race() {
    }

    /**
     * Runs {@code racers} calls at the same moment and answers their results in the order they were made; a call
     * that has not ended within a minute (a deadlock) fails the test instead of hanging it.
     */
    static <T> List<T> run(int racers, IntFunction<Callable<T>> racer) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<T> call = racer.apply(i);
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get(1, TimeUnit.MINUTES));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
