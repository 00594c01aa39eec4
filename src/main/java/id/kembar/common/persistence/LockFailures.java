package id.kembar.common.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import org.hibernate.exception.LockAcquisitionException;

/** A row lock not granted: not in time, or a deadlock that the database broke by ending the transaction. */
public final class LockFailures {

    private LockFailures() {}

    /** Whether this exception itself is such a failure (Hibernate's lock timeout is a lock acquisition failure). */
    public static boolean is(Throwable e) {
        return e instanceof LockTimeoutException
                || e instanceof PessimisticLockException
                || e instanceof LockAcquisitionException;
    }

    /** Whether it or one of its causes is. */
    public static boolean isOrCausedBy(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (is(e)) {
                return true;
            }
        }
        return false;
    }
}
