package se.samverkan.service.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import se.samverkan.io.TableWriter.RowSink;
import se.samverkan.io.TableWriter.RowSource;

/**
 * Reads rows on a thread of their own while the caller writes them, through a short queue: reading 100,000 people
 * from the encrypted database and compressing them into a workbook each take about as long, and on two cores they
 * overlap instead of adding up. The queue bounds what is held in memory; an error on either side stops both, and
 * the reader's error is the one the caller sees.
 */
final class PipelinedRows implements RowSource {

    /** Rows in flight: enough to keep both sides busy, a few megabytes at most. */
    static final int QUEUE = 2_048;
    private static final List<Object> END = List.of();
    private final RowSource reader;

    PipelinedRows(RowSource reader) {
        this.reader = reader;
    }

    @Override
    public void writeTo(RowSink sink) throws IOException {
        BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        var stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Thread thread = new Thread(() -> {
            try {
                reader.writeTo(row -> put(queue, row, stopped));
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            } finally {
                try {
                    put(queue, END, stopped);
                } catch (IOException ignored) {
                    // the writer stopped first; it no longer waits for the end
                }
            }
        }, "samverkan-export-reader");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                List<Object> row = queue.poll(100, TimeUnit.MILLISECONDS);
                if (row == END) {
                    break;
                }
                if (row != null) {
                    sink.row(row);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        } finally {
            stopped.set(true);
            queue.clear();
        }
        join(thread);
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private static void put(BlockingQueue<List<Object>> queue, List<Object> row,
                            java.util.concurrent.atomic.AtomicBoolean stopped) throws IOException {
        try {
            while (!queue.offer(row, 100, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) {
                    throw new IOException("the writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
    }

    private static void join(Thread thread) throws IOException {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("export interrupted");
        }
    }
}
