package io.camwarden.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The loop of a server's background worker, on one virtual thread: run a cycle, then wait until woken or for
 * the poll interval, which picks up work another process wrote to the same database. A failed cycle is logged
 * and tried again after the interval, so a database outage pauses the worker instead of ending it. Only the
 * server runs workers: one-shot commands (import, audit) queue work in the database and leave it to the server.
 */
public final class PollingLoop {

    private final String name;
    private final Duration poll;
    private final Runnable cycle;
    private final String failure;
    private final Logger log;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread thread;

    /**
     * @param name    the thread's name, as thread dumps show it
     * @param failure what failed, for the log line: "Device re-matching failed, will retry in 30 s"
     */
    public PollingLoop(String name, long pollSeconds, Runnable cycle, String failure, Logger log) {
        this.name = name;
        this.poll = Duration.ofSeconds(Math.max(1, pollSeconds));
        this.cycle = cycle;
        this.failure = failure;
        this.log = log;
    }

    /** Starts the loop when {@code context} is a web server's; returns whether it started (now or before). */
    public synchronized boolean start(ApplicationContext context) {
        if (!(context instanceof WebServerApplicationContext)) {
            return false;
        }
        if (thread == null) {
            running = true;
            thread = Thread.ofVirtual().name(name).start(this::run);
        }
        return true;
    }

    public void stop() throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            t.join(Duration.ofSeconds(10));
        }
    }

    /** Runs a cycle soon (call after the transaction that queued work committed). */
    public void wake() {
        wake.release();
    }

    /** False once the server is stopping: a long cycle should end its batch and return. */
    public boolean running() {
        return running;
    }

    public Duration poll() {
        return poll;
    }

    private void run() {
        while (running) {
            try {
                cycle.run();
                wake.tryAcquire(poll.toSeconds(), TimeUnit.SECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("{}, will retry in {} s: {}", failure, poll.toSeconds(), e.toString(), e);
                try {
                    Thread.sleep(poll);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }
}
