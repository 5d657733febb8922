package io.camwarden.vuln.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects records from a streaming reader and hands them on in batches, so memory holds one batch. */
final class Batcher<T> implements Consumer<T>, AutoCloseable {

    private final int size;
    private final Consumer<List<T>> flush;
    private List<T> batch;

    Batcher(int size, Consumer<List<T>> flush) {
        this.size = size;
        this.flush = flush;
        this.batch = new ArrayList<>(size);
    }

    @Override
    public void accept(T t) {
        batch.add(t);
        if (batch.size() >= size) {
            flush();
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            List<T> full = batch;
            batch = new ArrayList<>(size);
            flush.accept(full);
        }
    }

    /** Hands on the last, partial batch. */
    @Override
    public void close() {
        flush();
    }
}
