package fr.ricochet.server.audit;

import java.util.concurrent.Semaphore;

/**
 * The audits running now, at most a configured few: one more is refused at once (503 with Retry-After) rather than
 * queued, since it would wait for seconds holding an upload open. Each holds the thread that took its request
 * while it streams the archive in and audits it; the server has threads to spare for that few.
 */
final class AuditLane {

    private final Semaphore permits;

    AuditLane(int concurrent) {
        permits = new Semaphore(concurrent);
    }

    boolean tryEnter() {
        return permits.tryAcquire();
    }

    void leave() {
        permits.release();
    }

    /** Whether a new audit would be refused: checked before its body is read at all. */
    boolean full() {
        return permits.availablePermits() == 0;
    }
}
