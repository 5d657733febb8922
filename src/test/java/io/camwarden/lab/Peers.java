package io.camwarden.lab;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything a lab test started (processes, listeners, proxies), closed in reverse order when the test ends,
 * so that a failing test leaves no lab process behind. A peer that fails to close does not keep the others
 * running.
 */
public final class Peers implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public synchronized <T extends AutoCloseable> T add(T peer) {
        started.push(peer);
        return peer;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception ignored) {
                // stopping the next peer matters more
            }
        }
    }
}
