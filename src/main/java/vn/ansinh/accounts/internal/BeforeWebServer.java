package vn.ansinh.accounts.internal;

import org.springframework.context.SmartLifecycle;

/**
 * Work done once at start, after every bean is ready (the seed is loaded by then) and before the
 * web server opens, so the first visitor finds the accounts in place. Lower phases run first.
 */
abstract class BeforeWebServer implements SmartLifecycle {

    private final int phase;
    private volatile boolean running;

    BeforeWebServer(int order) {
        this.phase = Integer.MIN_VALUE + 1000 * order;
    }

    /** The work itself. */
    abstract void run();

    @Override
    public final void start() {
        running = true;
        run();
    }

    @Override
    public final void stop() {
        running = false;
    }

    @Override
    public final boolean isRunning() {
        return running;
    }

    @Override
    public final int getPhase() {
        return phase;
    }
}
