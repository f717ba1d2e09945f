package it.cassetto.dossier.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;

/**
 * Computes the parts of a dossier for a caller that takes them in order, on the caller's thread and, when an
 * executor lends one, on a helper thread that works ahead: at most {@code ahead} of the helper's results wait
 * to be taken. The caller computes itself any part nobody has claimed, so it never waits for a helper that
 * has not started: a busy executor only means no help. Results never taken are discarded on {@link #close}.
 *
 * @param <T> what a part gives (a layout, a rendered document)
 */
final class OrderedParts<T> implements AutoCloseable {

    /** The work on one part. */
    @FunctionalInterface
    interface Work<T> {
        T compute(int part) throws Exception;
    }

    private final Work<T> work;
    private final Consumer<T> discard;
    private final AtomicIntegerArray claimed;
    private final AtomicIntegerArray discarded;
    private final boolean[] byHelper;
    private final boolean[] taken;
    private final List<CompletableFuture<T>> results;
    private final Semaphore ahead;
    private volatile boolean closed;

    OrderedParts(int count, int ahead, Work<T> work, Consumer<T> discard, Executor helper) {
        this.work = work;
        this.discard = discard;
        this.claimed = new AtomicIntegerArray(count);
        this.discarded = new AtomicIntegerArray(count);
        this.byHelper = new boolean[count];
        this.taken = new boolean[count];
        this.ahead = new Semaphore(ahead);
        List<CompletableFuture<T>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(new CompletableFuture<>());
        }
        this.results = new CopyOnWriteArrayList<>(futures);
        if (helper != null && count > 1) {
            try {
                helper.execute(this::help);
            } catch (RejectedExecutionException busy) {
                // no help: the caller computes every part
            }
        }
    }

    /** The result of the part, computed now unless the helper has claimed it. Take the parts in order. */
    T take(int part) throws Exception {
        if (claimed.compareAndSet(part, 0, 1)) {
            compute(part);
        }
        try {
            T result = results.get(part).join();
            taken[part] = true;
            // The caller owns it now: hold no reference, so that memory holds only the parts in progress.
            results.set(part, null);
            if (closed) {
                discardOnce(part, result);
                throw new IllegalStateException("Closed");
            }
            return result;
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof Exception cause ? cause : failed;
        } finally {
            if (byHelper[part]) {
                ahead.release();
            }
        }
    }

    private void help() {
        for (int part = 0; part < claimed.length() && !closed; part++) {
            if (claimed.get(part) != 0) {
                continue;
            }
            try {
                ahead.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (closed || !claimed.compareAndSet(part, 0, 1)) {
                ahead.release();
                continue;
            }
            byHelper[part] = true;
            compute(part);
        }
    }

    private void compute(int part) {
        try {
            T result = work.compute(part);
            CompletableFuture<T> future = results.get(part);
            future.complete(result);
            if (closed) {
                discardOnce(part, result);
            }
        } catch (Exception | Error e) {
            results.get(part).completeExceptionally(e);
        }
    }

    /** Stops the helper and discards the results nobody took. */
    @Override
    public void close() {
        closed = true;
        ahead.release(claimed.length() + 1);
        for (int part = 0; part < results.size(); part++) {
            CompletableFuture<T> result = results.get(part);
            if (result != null && !taken[part] && result.isDone() && !result.isCompletedExceptionally()) {
                discardOnce(part, result.join());
            }
        }
    }

    private void discardOnce(int part, T result) {
        if (discarded.compareAndSet(part, 0, 1)) {
            discard.accept(result);
        }
    }
}
