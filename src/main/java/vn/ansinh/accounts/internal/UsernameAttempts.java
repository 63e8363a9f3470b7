package vn.ansinh.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sign-in attempts of one username: its recent failures and the checks under way, changed under its own
 * lock. Once nothing is under way and no failure is left it is retired (taken out of the throttle's map); an
 * attempt that finds it retired looks it up again, so no two of them ever count one username.
 */
final class UsernameAttempts {

    enum Outcome { SUCCEEDED, FAILED, ABANDONED }

    /** What {@link #begin} gave: look this username up again (it was retired), locked until, or neither: go on. */
    record Turn(boolean lookAgain, Instant lockedUntil) {

        static final Turn GO = new Turn(false, null);
        static final Turn LOOK_AGAIN = new Turn(true, null);

        static Turn lockedUntil(Instant until) {
            return new Turn(false, until);
        }
    }

    private final List<Instant> failures = new ArrayList<>();
    private int underWay;
    private boolean retired;

    /** A turn to check a password (it is then under way), or until when the username is locked. */
    synchronized Turn begin(int maxFailures, Duration lock, Clock clock, Duration longestWait) {
        long deadline = System.nanoTime() + longestWait.toNanos();
        while (!retired) {
            forgetBefore(clock.instant().minus(lock));
            if (failures.size() >= maxFailures) {
                return Turn.lockedUntil(failures.get(failures.size() - 1).plus(lock));
            }
            if (failures.size() + underWay < maxFailures) {
                underWay++;
                return Turn.GO;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Turn.lockedUntil(clock.instant());
            }
            waitAtMost(left);
        }
        return Turn.LOOK_AGAIN;
    }

    synchronized void end(Outcome outcome, Instant at, Runnable retire) {
        underWay = Math.max(0, underWay - 1);
        if (outcome == Outcome.SUCCEEDED) {
            failures.clear();
        } else if (outcome == Outcome.FAILED) {
            failures.add(at);
        }
        notifyAll();
        retireWhenIdle(retire);
    }

    /** Forgets failures older than the lock period and retires this one when nothing is left. */
    synchronized void retireIfIdle(Instant forgetBefore, Runnable retire) {
        forgetBefore(forgetBefore);
        retireWhenIdle(retire);
    }

    private void retireWhenIdle(Runnable retire) {
        if (underWay == 0 && failures.isEmpty() && !retired) {
            retired = true;
            retire.run();
        }
    }

    private void forgetBefore(Instant since) {
        failures.removeIf(at -> at.isBefore(since));
    }

    private void waitAtMost(long nanos) {
        try {
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for sign-in checks", e);
        }
    }
}
