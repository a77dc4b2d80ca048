package pl.odnowa.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.transaction.RollbackException;

import org.junit.jupiter.api.Test;

/** Which failures are answered 503 (the database cannot be reached) rather than 500. */
class ProblemMappersTest {

    @Test
    void aCommitThatLostItsConnectionIsUnreachableNotInternal() {
        // What Narayana throws when PostgreSQL shuts down at commit (seen in DatabaseOutageTest): the driver's error is
        // a suppressed exception of the RollbackException, not its cause.
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.addSuppressed(xa);
        assertTrue(ProblemMappers.databaseUnreachable(new RuntimeException("Error invoking subclass method", commit)));
    }

    @Test
    void connectionErrorsAnywhereInTheCauseChainCount() {
        assertTrue(ProblemMappers.databaseUnreachable(new IllegalStateException(new SQLException("refused", "08001"))));
        assertTrue(ProblemMappers.databaseUnreachable(new java.net.ConnectException("Connection refused")));
    }

    @Test
    void otherFailuresDoNot() {
        assertFalse(ProblemMappers.databaseUnreachable(new IllegalStateException("bug")));
        assertFalse(ProblemMappers.databaseUnreachable(new IllegalStateException(new SQLException("duplicate key", "23505"))));
        RollbackException commit = new RollbackException("Could not commit transaction.");
        commit.addSuppressed(new SQLException("serialization failure", "40001"));
        assertFalse(ProblemMappers.databaseUnreachable(commit));
    }
}
