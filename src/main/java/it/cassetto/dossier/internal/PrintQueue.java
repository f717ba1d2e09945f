package it.cassetto.dossier.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The bound on dossier prints: at most {@code slots} run at once, whether they run in the caller's thread
 * ({@link #acquire}/{@link #release}) or as tasks handed to an executor ({@link #offer}); at most
 * {@code maxWaiting} tasks wait for a slot, in arrival order, and no executor thread is held while waiting:
 * a task is handed to the executor only once it has its slot.
 */
public final class PrintQueue {

    private record Waiting(Runnable task, Executor executor, Runnable onRejected) {
    }

    private final Semaphore slots;
    private final int maxSlots;
    private final int maxWaiting;
    private final Deque<Waiting> waiting = new ArrayDeque<>();

    public PrintQueue(int slots, int maxWaiting) {
        this.slots = new Semaphore(slots, true);
        this.maxSlots = slots;
        this.maxWaiting = maxWaiting;
    }

    /**
     * Runs the task on the executor now if a slot is free, or later when one frees up; false (and nothing
     * queued) when {@code maxWaiting} tasks already wait. {@code onRejected} runs if the executor refuses it.
     */
    public synchronized boolean offer(Runnable task, Executor executor, Runnable onRejected) {
        if (waiting.size() >= maxWaiting && slots.availablePermits() == 0) {
            return false;
        }
        waiting.add(new Waiting(task, executor, onRejected));
        dispatch();
        return true;
    }

    /** True when a task offered now would be refused. */
    public synchronized boolean isFull() {
        return waiting.size() >= maxWaiting && slots.availablePermits() == 0;
    }

    /** How many prints hold a slot. */
    public int running() {
        return maxSlots - slots.availablePermits();
    }

    /** How many tasks wait for a slot. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Takes a slot for a print in the caller's thread, waiting at most {@code wait}; false if none freed up. */
    public boolean acquire(Duration wait) throws InterruptedException {
        return slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Gives back a slot taken by {@link #acquire} and starts the next waiting task, if any. */
    public void release() {
        slots.release();
        dispatch();
    }

    private synchronized void dispatch() {
        while (!waiting.isEmpty() && slots.tryAcquire()) {
            Waiting next = waiting.poll();
            try {
                next.executor().execute(() -> {
                    try {
                        next.task().run();
                    } finally {
                        release();
                    }
                });
            } catch (RejectedExecutionException refused) {
                slots.release();
                next.onRejected().run();
            }
        }
    }
}
