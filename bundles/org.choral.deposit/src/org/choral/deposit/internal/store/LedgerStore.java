// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.choral.core.api.deposit.ActionFlag;
import org.choral.core.api.deposit.DepositLedger;
import org.choral.core.api.deposit.DepositStatus;
import org.choral.core.api.deposit.LedgerEvent;
import org.choral.core.api.deposit.LedgerFlux;
import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.deposit.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * The ledger of one data folder: H2 in {@code DATA/ledger/}, {@code AUTO_SERVER} so that the
 * workbench and a command-line run share it. Every change is one transaction written through at
 * commit ({@code WRITE_DELAY=0}): a process killed right after a commit loses nothing. One
 * connection, used under this object's lock.
 */
public final class LedgerStore implements DepositLedger, AutoCloseable {

    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final String INVOICE_COLUMNS = "number, status, file_name, flux_number, syntax, message," //$NON-NLS-1$
            + " updated_at, deposited_at, portal_id, portal_status, flag, flag_reason, follow_done"; //$NON-NLS-1$

    private final Path folder;
    private final Clock clock;
    private Connection connection;

    public LedgerStore(Path dataFolder, Clock clock) {
        this.folder = dataFolder.toAbsolutePath().resolve("ledger"); //$NON-NLS-1$
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    public Instant now() {
        return clock.instant();
    }

    /** A change to the ledger, run in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is written, or nothing. */
    public synchronized <T> T tx(Work<T> work) throws IOException {
        Connection c = connection();
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException e2) {
                e.addSuppressed(e2);
            }
            throw failure(e);
        }
    }

    private Connection connection() throws IOException {
        try {
            if (connection == null || connection.isClosed()) {
                Files.createDirectories(folder);
                String url = "jdbc:h2:file:" + folder.resolve("ledger") //$NON-NLS-1$ //$NON-NLS-2$
                        + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"; //$NON-NLS-1$
                // the driver class directly: under OSGi DriverManager does not see H2
                Connection c = new org.h2.Driver().connect(url, new Properties());
                c.setAutoCommit(false);
                createSchema(c);
                c.commit();
                connection = c;
            }
            return connection;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private IOException failure(SQLException e) {
        if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
            return new IOException(NLS.bind(Messages.Ledger_inUse, folder), e);
        }
        return new IOException(NLS.bind(Messages.Ledger_failure, folder, e.getMessage()), e);
    }

    private static void createSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS invoice (number VARCHAR PRIMARY KEY, status VARCHAR NOT NULL," //$NON-NLS-1$
                    + " file_name VARCHAR, flux_number VARCHAR, syntax VARCHAR, message VARCHAR," //$NON-NLS-1$
                    + " updated_at TIMESTAMP WITH TIME ZONE NOT NULL, deposited_at TIMESTAMP WITH TIME ZONE," //$NON-NLS-1$
                    + " portal_id VARCHAR, portal_status VARCHAR, flag VARCHAR, flag_reason VARCHAR," //$NON-NLS-1$
                    + " follow_done BOOLEAN DEFAULT FALSE NOT NULL, next_check TIMESTAMP WITH TIME ZONE," //$NON-NLS-1$
                    + " delay_s BIGINT DEFAULT 60 NOT NULL)"); //$NON-NLS-1$
            s.execute("CREATE TABLE IF NOT EXISTS flux (number VARCHAR PRIMARY KEY, file_name VARCHAR," //$NON-NLS-1$
                    + " syntax VARCHAR, deposited_at TIMESTAMP WITH TIME ZONE NOT NULL, portal_state VARCHAR," //$NON-NLS-1$
                    + " final BOOLEAN DEFAULT FALSE NOT NULL, next_check TIMESTAMP WITH TIME ZONE," //$NON-NLS-1$
                    + " delay_s BIGINT DEFAULT 60 NOT NULL)"); //$NON-NLS-1$
            s.execute("CREATE TABLE IF NOT EXISTS flux_invoice (flux_number VARCHAR NOT NULL," //$NON-NLS-1$
                    + " invoice_number VARCHAR NOT NULL, PRIMARY KEY (flux_number, invoice_number))"); //$NON-NLS-1$
            s.execute("CREATE TABLE IF NOT EXISTS event (id BIGINT AUTO_INCREMENT PRIMARY KEY," //$NON-NLS-1$
                    + " at TIMESTAMP WITH TIME ZONE NOT NULL, invoice_number VARCHAR NOT NULL, kind VARCHAR NOT NULL," //$NON-NLS-1$
                    + " flux_number VARCHAR, detail VARCHAR)"); //$NON-NLS-1$
            s.execute("CREATE INDEX IF NOT EXISTS event_invoice ON event (invoice_number)"); //$NON-NLS-1$
        }
    }

    // ---- writes, each in its own transaction

    /** Written before the portal call: a crash after this leaves them SENDING, i.e. uncertain. */
    public void markSending(List<String> numbers, String fileName, String syntax) throws IOException {
        Instant at = now();
        tx(c -> {
            for (String n : numbers) {
                try (PreparedStatement p = c.prepareStatement("MERGE INTO invoice (number, status, file_name, syntax," //$NON-NLS-1$
                        + " message, updated_at, flux_number, deposited_at, portal_id, portal_status, flag, flag_reason," //$NON-NLS-1$
                        + " follow_done, next_check, delay_s) KEY (number) VALUES (?, ?, ?, ?, NULL, ?, NULL, NULL," //$NON-NLS-1$
                        + " NULL, NULL, NULL, NULL, FALSE, NULL, 60)")) { //$NON-NLS-1$
                    p.setString(1, n);
                    p.setString(2, DepositStatus.SENDING.name());
                    p.setString(3, fileName);
                    p.setString(4, syntax);
                    p.setObject(5, time(at));
                    p.executeUpdate();
                }
                event(c, at, n, DepositStatus.SENDING.name(), null, fileName);
            }
            return null;
        });
    }

    /** The portal acknowledged the flux holding {@code numbers}. */
    public void markDeposited(List<String> numbers, String fileName, String syntax, String fluxNumber, Instant at)
            throws IOException {
        tx(c -> {
            try (PreparedStatement p = c.prepareStatement("MERGE INTO flux (number, file_name, syntax, deposited_at," //$NON-NLS-1$
                    + " final, next_check, delay_s) KEY (number) VALUES (?, ?, ?, ?, FALSE, ?, 60)")) { //$NON-NLS-1$
                p.setString(1, fluxNumber);
                p.setString(2, fileName);
                p.setString(3, syntax);
                p.setObject(4, time(at));
                p.setObject(5, time(at.plusSeconds(60)));
                p.executeUpdate();
            }
            for (String n : numbers) {
                try (PreparedStatement p = c.prepareStatement("MERGE INTO flux_invoice (flux_number, invoice_number)" //$NON-NLS-1$
                        + " KEY (flux_number, invoice_number) VALUES (?, ?)")) { //$NON-NLS-1$
                    p.setString(1, fluxNumber);
                    p.setString(2, n);
                    p.executeUpdate();
                }
                try (PreparedStatement p = c.prepareStatement("MERGE INTO invoice (number, status, file_name, syntax," //$NON-NLS-1$
                        + " flux_number, message, updated_at, deposited_at, follow_done, next_check, delay_s)" //$NON-NLS-1$
                        + " KEY (number) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, FALSE, NULL, 60)")) { //$NON-NLS-1$
                    p.setString(1, n);
                    p.setString(2, DepositStatus.DEPOSITED.name());
                    p.setString(3, fileName);
                    p.setString(4, syntax);
                    p.setString(5, fluxNumber);
                    p.setObject(6, time(now()));
                    p.setObject(7, time(at));
                    p.executeUpdate();
                }
                event(c, now(), n, DepositStatus.DEPOSITED.name(), fluxNumber, fileName);
            }
            return null;
        });
    }

    /** {@code FAILED} or {@code UNCERTAIN} with the message shown to the user. */
    public void mark(List<String> numbers, DepositStatus status, String message) throws IOException {
        Instant at = now();
        tx(c -> {
            for (String n : numbers) {
                try (PreparedStatement p = c.prepareStatement(
                        "UPDATE invoice SET status = ?, message = ?, updated_at = ? WHERE number = ?")) { //$NON-NLS-1$
                    p.setString(1, status.name());
                    p.setString(2, message);
                    p.setObject(3, time(at));
                    p.setString(4, n);
                    p.executeUpdate();
                }
                event(c, at, n, status.name(), null, message);
            }
            return null;
        });
    }

    /** A run that died between « sending » and the answer: those invoices are uncertain now. */
    public List<String> recoverInterrupted(String message) throws IOException {
        List<String> sending = numbersWithStatus(DepositStatus.SENDING);
        if (!sending.isEmpty()) {
            mark(sending, DepositStatus.UNCERTAIN, message);
        }
        return sending;
    }

    public List<String> numbersWithStatus(DepositStatus status) throws IOException {
        return tx(c -> {
            List<String> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT number FROM invoice WHERE status = ? ORDER BY number")) { //$NON-NLS-1$
                p.setString(1, status.name());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        list.add(rs.getString(1));
                    }
                }
            }
            return list;
        });
    }

    /** Follow-up: the flux's latest state, and when to ask again ({@code null} once final). */
    public void updateFlux(String fluxNumber, String portalState, boolean isFinal, Instant nextCheck, long delaySeconds,
            List<String> invoices) throws IOException {
        Instant at = now();
        tx(c -> {
            String before;
            try (PreparedStatement p = c.prepareStatement("SELECT portal_state FROM flux WHERE number = ?")) { //$NON-NLS-1$
                p.setString(1, fluxNumber);
                try (ResultSet rs = p.executeQuery()) {
                    before = rs.next() ? rs.getString(1) : null;
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE flux SET portal_state = ?, final = ?, next_check = ?, delay_s = ? WHERE number = ?")) { //$NON-NLS-1$
                p.setString(1, portalState);
                p.setBoolean(2, isFinal);
                p.setObject(3, nextCheck == null ? null : time(nextCheck));
                p.setLong(4, delaySeconds);
                p.setString(5, fluxNumber);
                p.executeUpdate();
            }
            if (portalState != null && !portalState.equals(before)) {
                for (String n : invoices) {
                    event(c, at, n, "FLUX_STATE", fluxNumber, portalState); //$NON-NLS-1$
                }
            }
            return null;
        });
    }

    /** Follow-up: what the portal says of one invoice; a flag is recorded with its reason. */
    public void updateInvoice(String number, String portalId, String portalStatus, ActionFlag flag, String reason,
            boolean done, Instant nextCheck, long delaySeconds) throws IOException {
        Instant at = now();
        tx(c -> {
            LedgerInvoice before = invoice(c, number).orElse(null);
            try (PreparedStatement p = c.prepareStatement("UPDATE invoice SET portal_id = COALESCE(?, portal_id)," //$NON-NLS-1$
                    + " portal_status = COALESCE(?, portal_status), flag = COALESCE(?, flag)," //$NON-NLS-1$
                    + " flag_reason = COALESCE(?, flag_reason), follow_done = ?, next_check = ?, delay_s = ?" //$NON-NLS-1$
                    + " WHERE number = ?")) { //$NON-NLS-1$
                p.setString(1, portalId);
                p.setString(2, portalStatus);
                p.setString(3, flag == null ? null : flag.name());
                p.setString(4, reason);
                p.setBoolean(5, done);
                p.setObject(6, nextCheck == null ? null : time(nextCheck));
                p.setLong(7, delaySeconds);
                p.setString(8, number);
                p.executeUpdate();
            }
            if (before != null && portalStatus != null && !portalStatus.equals(before.portalStatus())) {
                event(c, at, number, "PORTAL_STATUS", before.fluxNumber(), portalStatus); //$NON-NLS-1$
            }
            if (before != null && flag != null && flag != before.flag()) {
                event(c, at, number, "FLAG", before.fluxNumber(), flag.name() + (reason == null ? "" : ": " + reason)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return null;
        });
    }

    /** Fluxes whose report is due at {@code now}; every flux that is not final when {@code now} is {@code null}. */
    public List<LedgerFlux> fluxesDue(Instant now) throws IOException {
        return now == null ? fluxes("WHERE final = FALSE ORDER BY deposited_at, number", null) //$NON-NLS-1$
                : fluxes("WHERE final = FALSE AND (next_check IS NULL OR next_check <= ?)", now); //$NON-NLS-1$
    }

    /**
     * Deposited invoices of final fluxes whose status is due at {@code now}; every one still followed
     * when {@code now} is {@code null}.
     */
    public List<FollowedInvoice> invoicesDue(Instant now) throws IOException {
        return tx(c -> {
            List<FollowedInvoice> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT i.number, i.flux_number, i.portal_id, i.deposited_at," //$NON-NLS-1$
                    + " i.delay_s FROM invoice i JOIN flux f ON f.number = i.flux_number" //$NON-NLS-1$
                    + " WHERE i.status = 'DEPOSITED' AND i.follow_done = FALSE AND f.final = TRUE" //$NON-NLS-1$
                    + " AND (? OR i.next_check IS NULL OR i.next_check <= ?) ORDER BY i.number")) { //$NON-NLS-1$
                p.setBoolean(1, now == null);
                p.setObject(2, time(now == null ? Instant.EPOCH : now));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        list.add(new FollowedInvoice(rs.getString(1), rs.getString(2), rs.getString(3),
                                instant(rs, 4), rs.getLong(5)));
                    }
                }
            }
            return list;
        });
    }

    /** An invoice the follow-up is watching. */
    public record FollowedInvoice(String number, String fluxNumber, String portalId, Instant depositedAt,
            long delaySeconds) {
    }

    /** The earliest next check of anything still followed, or {@code null}. */
    public Instant nextCheck() throws IOException {
        return tx(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(t) FROM (" //$NON-NLS-1$
                    + "SELECT next_check t FROM flux WHERE final = FALSE UNION ALL SELECT i.next_check t FROM invoice i" //$NON-NLS-1$
                    + " JOIN flux f ON f.number = i.flux_number WHERE i.status = 'DEPOSITED' AND i.follow_done = FALSE" //$NON-NLS-1$
                    + " AND f.final = TRUE)")) { //$NON-NLS-1$
                return rs.next() ? instant(rs, 1) : null;
            }
        });
    }

    /** Whether anything is still followed. */
    public boolean pending() throws IOException {
        return tx(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM flux" //$NON-NLS-1$
                    + " WHERE final = FALSE) + (SELECT COUNT(*) FROM invoice i JOIN flux f ON f.number = i.flux_number" //$NON-NLS-1$
                    + " WHERE i.status = 'DEPOSITED' AND i.follow_done = FALSE)")) { //$NON-NLS-1$
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    // ---- reads

    @Override
    public Optional<LedgerInvoice> invoice(String number) throws IOException {
        return tx(c -> invoice(c, number));
    }

    private static Optional<LedgerInvoice> invoice(Connection c, String number) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + INVOICE_COLUMNS + " FROM invoice WHERE number = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            p.setString(1, number);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(invoice(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<LedgerInvoice> invoices() throws IOException {
        return invoices("ORDER BY updated_at DESC, number", null, null); //$NON-NLS-1$
    }

    @Override
    public List<LedgerInvoice> depositedBetween(Instant from, Instant to) throws IOException {
        return invoices("WHERE deposited_at >= ? AND deposited_at < ? ORDER BY deposited_at, number", from, to); //$NON-NLS-1$
    }

    private List<LedgerInvoice> invoices(String where, Instant a, Instant b) throws IOException {
        return tx(c -> {
            List<LedgerInvoice> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT " + INVOICE_COLUMNS + " FROM invoice " + where)) { //$NON-NLS-1$ //$NON-NLS-2$
                if (a != null) {
                    p.setObject(1, time(a));
                    p.setObject(2, time(b));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        list.add(invoice(rs));
                    }
                }
            }
            return list;
        });
    }

    private static LedgerInvoice invoice(ResultSet rs) throws SQLException {
        String flag = rs.getString(11);
        return new LedgerInvoice(rs.getString(1), DepositStatus.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7), instant(rs, 8), rs.getString(9),
                rs.getString(10), flag == null ? null : ActionFlag.valueOf(flag), rs.getString(12), rs.getBoolean(13));
    }

    @Override
    public List<LedgerFlux> fluxes() throws IOException {
        return fluxes("ORDER BY deposited_at DESC, number", null); //$NON-NLS-1$
    }

    private List<LedgerFlux> fluxes(String where, Instant at) throws IOException {
        return tx(c -> {
            List<LedgerFlux> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT number, file_name, syntax, deposited_at," //$NON-NLS-1$
                    + " portal_state, final, next_check FROM flux " + where)) { //$NON-NLS-1$
                if (at != null) {
                    p.setObject(1, time(at));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        list.add(new LedgerFlux(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                                rs.getString(5), rs.getBoolean(6), instant(rs, 7), fluxInvoices(c, rs.getString(1))));
                    }
                }
            }
            return list;
        });
    }

    private static List<String> fluxInvoices(Connection c, String flux) throws SQLException {
        List<String> list = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "SELECT invoice_number FROM flux_invoice WHERE flux_number = ? ORDER BY invoice_number")) { //$NON-NLS-1$
            p.setString(1, flux);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    list.add(rs.getString(1));
                }
            }
        }
        return list;
    }

    @Override
    public List<LedgerEvent> history(String invoiceNumber) throws IOException {
        return tx(c -> {
            List<LedgerEvent> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT at, invoice_number, kind, flux_number, detail" //$NON-NLS-1$
                    + " FROM event WHERE invoice_number = ? ORDER BY id")) { //$NON-NLS-1$
                p.setString(1, invoiceNumber);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        list.add(new LedgerEvent(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5)));
                    }
                }
            }
            return list;
        });
    }

    private static void event(Connection c, Instant at, String invoice, String kind, String flux, String detail)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO event (at, invoice_number, kind, flux_number, detail) VALUES (?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            p.setObject(1, time(at));
            p.setString(2, invoice);
            p.setString(3, kind);
            p.setString(4, flux);
            p.setString(5, detail);
            p.executeUpdate();
        }
    }

    private static OffsetDateTime time(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing: nothing left to protect
            }
            connection = null;
        }
    }
}
