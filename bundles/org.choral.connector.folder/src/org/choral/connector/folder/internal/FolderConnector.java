// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.folder.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.choral.connector.folder.internal.i18n.Messages;
import org.choral.core.api.portal.Capability;
import org.choral.core.api.portal.CredentialsReport;
import org.choral.core.api.portal.DepositReceipt;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.FluxReport;
import org.choral.core.api.portal.FluxState;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A portal that is a folder: each deposit becomes {@code OUTBOX/NUMBER/} holding the flux file and
 * {@code receipt.json}, for an upload by hand on Chorus Pro or another platform. The folder of a
 * flux is prepared under a hidden name and renamed when complete, so a flux in the outbox is always
 * whole. Its state stays « waiting for the manual upload »: the folder cannot know what the portal
 * did with it.
 */
public final class FolderConnector implements PortalConnector {

    public static final String ID = "folder"; //$NON-NLS-1$
    /** The state every flux of the outbox is in. */
    public static final String WAITING = "EN_ATTENTE_DEPOT_MANUEL"; //$NON-NLS-1$
    public static final String RECEIPT = "receipt.json"; //$NON-NLS-1$

    private static final Pattern NUMBER = Pattern.compile("\\d{8}-\\d{6}-[0-9a-f]{6}"); //$NON-NLS-1$
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

    private final Path outbox;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public FolderConnector(Path outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return Messages.Connector_name;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.of(Capability.DEPOSIT, Capability.FLUX_REPORT, Capability.CREDENTIALS_CHECK);
    }

    /** The outbox exists (created if needed) and takes a file. */
    @Override
    public CredentialsReport checkCredentials() throws PortalException {
        Path probe = null;
        try {
            Files.createDirectories(outbox);
            probe = Files.createTempFile(outbox, ".probe-", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw unavailable(e);
        } finally {
            deleteQuietly(probe);
        }
        return new CredentialsReport(ID, outbox.toUri(), -1, null, List.of());
    }

    @Override
    public DepositReceipt deposit(Flux flux) throws PortalException {
        if (!Files.isRegularFile(flux.file()) || !Files.isReadable(flux.file())) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_fluxUnreadable, flux.file()));
        }
        String safeName = Path.of(flux.fileName()).getFileName().toString();
        Path staging;
        try {
            Files.createDirectories(outbox);
            staging = Files.createTempDirectory(outbox, ".deposit-"); //$NON-NLS-1$
        } catch (IOException e) {
            throw unavailable(e);
        }
        try {
            Instant now = clock.instant();
            String sha256 = copy(flux.file(), staging.resolve(safeName));
            for (int attempt = 0;; attempt++) {
                String number = STAMP.format(LocalDateTime.ofInstant(now, clock.getZone())) + '-'
                        + HexFormat.of().formatHex(bytes(3));
                writeReceipt(staging.resolve(RECEIPT), number, flux, safeName, now, sha256);
                try {
                    Files.move(staging, outbox.resolve(number), StandardCopyOption.ATOMIC_MOVE);
                    staging = null;
                    return new DepositReceipt(number, LocalDate.ofInstant(now, clock.getZone()), flux.syntax());
                } catch (FileAlreadyExistsException e) {
                    if (attempt > 5) {
                        throw e;
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_fluxUnreadable, flux.file()), e);
        } catch (IOException e) {
            throw unavailable(e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String copy(Path from, Path to) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(from);
                OutputStream out = new DigestOutputStream(Files.newOutputStream(to), sha)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void writeReceipt(Path file, String number, Flux flux, String fileName, Instant at, String sha256)
            throws IOException {
        ObjectNode r = json.createObjectNode();
        r.put("fluxNumber", number); //$NON-NLS-1$
        r.put("fileName", fileName); //$NON-NLS-1$
        r.put("syntax", flux.syntax()); //$NON-NLS-1$
        r.put("state", WAITING); //$NON-NLS-1$
        r.put("depositedAt", at.toString()); //$NON-NLS-1$
        r.put("depositDate", LocalDate.ofInstant(at, clock.getZone()).toString()); //$NON-NLS-1$
        r.put("bytes", Files.size(file.resolveSibling(fileName))); //$NON-NLS-1$
        r.put("sha256", sha256); //$NON-NLS-1$
        flux.invoiceNumbers().forEach(r.putArray("invoices")::add); //$NON-NLS-1$
        json.writeValue(file.toFile(), r);
    }

    @Override
    public FluxReport fluxReport(String fluxNumber) throws PortalException {
        String number = fluxNumber == null ? "" : fluxNumber.trim(); //$NON-NLS-1$
        Path receipt = outbox.resolve(number).resolve(RECEIPT);
        if (!NUMBER.matcher(number).matches() || !Files.isRegularFile(receipt)) {
            throw new PortalException.Refused(NLS.bind(Messages.Error_unknownFlux, fluxNumber, outbox), "unknown"); //$NON-NLS-1$
        }
        JsonNode r;
        try {
            r = json.readTree(receipt.toFile());
        } catch (IOException e) {
            throw new PortalException.Protocol(NLS.bind(Messages.Error_receipt, receipt, e.getMessage()), e);
        }
        Instant at = Instant.parse(r.path("depositedAt").asText()); //$NON-NLS-1$
        return new FluxReport(number, FluxState.PENDING, r.path("state").asText(WAITING), //$NON-NLS-1$
                r.path("fileName").asText(), LocalDate.ofInstant(at, clock.getZone()), //$NON-NLS-1$
                LocalDateTime.ofInstant(at, clock.getZone()), List.of(), List.of());
    }

    private PortalException unavailable(IOException e) {
        return new PortalException.Unavailable(NLS.bind(Messages.Error_outbox, outbox, e.getMessage()), e);
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // a leftover probe is harmless: hidden, and never read
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            files.forEach(FolderConnector::deleteQuietly);
        } catch (IOException e) {
            // nothing more to do: the staging folder is hidden and never read
        }
        deleteQuietly(dir);
    }

    @Override
    public void close() {
        // nothing held between calls
    }
}
