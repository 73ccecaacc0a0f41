// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.choral.core.api.directory.DirectoryImportException;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Hands items, in batches, to a stage that runs on a thread of its own, so that an import's steps
 * (parsing the XML, checking the rows and building the index, writing the database) overlap on
 * the machine's cores. The queue between the two sides is short, which bounds the memory they
 * hold. A failure of the stage reaches the producing side at its next hand-over or at
 * {@link #finish()}; the producing side stops the stage with {@link #abort()} when it fails itself.
 *
 * @param <T> what travels through the pipe
 */
public final class BatchPipe<T> {

    /** The work done on the pipe's thread, one batch at a time, in the order the items came. */
    @FunctionalInterface
    public interface Stage<T> {
        void accept(List<T> batch) throws Exception;
    }

    private static final int QUEUE = 4;

    private final List<T> end = new ArrayList<>(0);
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUE);
    private final int batchSize;
    private final Stage<T> stage;
    private final Function<Exception, DirectoryImportException> translate;
    private final Thread thread;
    private List<T> batch;
    private volatile Throwable failure;

    /**
     * @param translate turns a checked exception of the stage other than a
     *        {@link DirectoryImportException} into the import error to report
     */
    public BatchPipe(String threadName, int batchSize, Stage<T> stage,
            Function<Exception, DirectoryImportException> translate) {
        this.batchSize = batchSize;
        this.stage = stage;
        this.translate = translate;
        this.batch = new ArrayList<>(batchSize);
        this.thread = new Thread(this::drain, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    public void add(T item) throws DirectoryImportException {
        batch.add(item);
        if (batch.size() == batchSize) {
            hand(batch);
            batch = new ArrayList<>(batchSize);
        }
    }

    /** Hands what is left, waits until the stage has done everything, and reports its failure. */
    public void finish() throws DirectoryImportException {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = new ArrayList<>(0);
        }
        hand(end);
        join();
        rethrow();
    }

    /** Stops the stage after a failure of the producing side; what was handed over is dropped. */
    public void abort() {
        thread.interrupt();
        join();
    }

    private void hand(List<T> items) throws DirectoryImportException {
        try {
            while (!queue.offer(items, 100, TimeUnit.MILLISECONDS)) {
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        rethrow();
    }

    private void rethrow() throws DirectoryImportException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        if (t instanceof DirectoryImportException d) {
            throw d;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw translate.apply((Exception) t);
    }

    private void join() {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        try {
            while (true) {
                List<T> items = queue.take();
                if (items == end) {
                    return;
                }
                stage.accept(items);
            }
        } catch (InterruptedException e) {
            // aborted: the producing side is failing already
        } catch (Throwable t) {
            failure = t;
            // let a producer blocked on a full queue see the failure
            queue.clear();
        }
    }
}
