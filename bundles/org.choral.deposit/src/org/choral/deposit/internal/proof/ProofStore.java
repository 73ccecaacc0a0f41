// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.deposit.LedgerInvoice;
import org.choral.core.api.portal.Capability;
import org.choral.core.api.portal.DepositReceipt;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.FluxReport;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalException;
import org.choral.deposit.internal.i18n.Messages;
import org.choral.deposit.internal.run.DepositRunner;
import org.choral.deposit.internal.store.LedgerStore;
import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The proof of each deposit in {@code DATA/proof/<flux number>/}: the file deposited as it was sent,
 * {@code receipt.json} (the portal's answer), {@code report.json} (the flux's integration report,
 * rewritten by the follow-up as it changes) and, once the flux is final, {@code report.pdf} (the
 * portal's own report, Chorus Pro's {@code fichierCR}). Files are written under a temporary name and
 * moved into place, so a crash never leaves half a proof under its final name.
 */
public final class ProofStore {

    /** The portal's PDF report of a final flux. */
    public static final String REPORT_PDF = "report.pdf"; //$NON-NLS-1$
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris"); //$NON-NLS-1$
    private final Path root;
    private final ObjectMapper json = new ObjectMapper();

    public ProofStore(Path dataFolder) {
        this.root = dataFolder.toAbsolutePath().resolve("proof"); //$NON-NLS-1$
    }

    public Path folder(String fluxNumber) {
        return root.resolve(safe(fluxNumber));
    }

    /** Keeps the deposited file and the receipt; the problem as text when it could not (the deposit stands). */
    public String keep(Flux flux, DepositReceipt receipt) {
        try {
            Path dir = Files.createDirectories(folder(receipt.fluxNumber()));
            Path tmp = dir.resolve(".file.tmp"); //$NON-NLS-1$
            Files.copy(flux.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, dir.resolve(safe(flux.fileName())), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            ObjectNode n = json.createObjectNode();
            n.put("fluxNumber", receipt.fluxNumber()); //$NON-NLS-1$
            n.put("depositDate", receipt.depositDate().toString()); //$NON-NLS-1$
            n.put("syntax", receipt.syntax() == null ? flux.syntax() : receipt.syntax()); //$NON-NLS-1$
            n.put("fileName", flux.fileName()); //$NON-NLS-1$
            ArrayNode a = n.putArray("invoices"); //$NON-NLS-1$
            flux.invoiceNumbers().forEach(a::add);
            write(dir.resolve("receipt.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(n)); //$NON-NLS-1$
            return null;
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Keeps the flux's latest integration report. */
    public void keepReport(FluxReport report) throws IOException {
        Path dir = Files.createDirectories(folder(report.fluxNumber()));
        ObjectNode n = json.createObjectNode();
        n.put("fluxNumber", report.fluxNumber()); //$NON-NLS-1$
        n.put("state", report.state().name()); //$NON-NLS-1$
        n.put("portalState", report.portalState()); //$NON-NLS-1$
        n.put("fileName", report.fileName()); //$NON-NLS-1$
        n.put("depositDate", String.valueOf(report.depositDate())); //$NON-NLS-1$
        n.put("stateSince", String.valueOf(report.stateSince())); //$NON-NLS-1$
        ArrayNode errors = n.putArray("invoiceErrors"); //$NON-NLS-1$
        for (FluxReport.InvoiceError e : report.invoiceErrors()) {
            errors.addObject().put("invoiceNumber", e.invoiceNumber()).put("supplier", e.supplier()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("recipient", e.recipient()).put("message", e.message()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ArrayNode technical = n.putArray("technicalErrors"); //$NON-NLS-1$
        for (FluxReport.TechnicalError e : report.technicalErrors()) {
            technical.addObject().put("code", e.code()).put("message", e.message()).put("nature", e.nature()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        write(dir.resolve("report.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(n)); //$NON-NLS-1$
    }

    /**
     * Keeps the portal's PDF report of a final flux, once: nothing is asked when a whole one is already
     * kept or the portal has none. A portal out of reach or refusing the credentials throws, so that
     * the caller leaves the flux due and asks again at its next pass; any other failure (the portal
     * refuses, or answers no PDF) is returned as the problem to tell, {@code report.json} staying
     * the proof of the flux's outcome.
     */
    public Optional<String> keepReportPdf(PortalConnector portal, String fluxNumber) throws IOException, PortalException {
        Path target = folder(fluxNumber).resolve(REPORT_PDF);
        if (isPdf(target) || !portal.capabilities().contains(Capability.FLUX_REPORT_PDF)) {
            return Optional.empty();
        }
        byte[] pdf;
        try {
            pdf = portal.fluxReportPdf(fluxNumber);
        } catch (PortalException e) {
            if (DepositRunner.stopsTheRun(e)) {
                throw e;
            }
            return Optional.of(NLS.bind(Messages.Proof_reportPdfMissing, fluxNumber, e.getMessage()));
        }
        Path dir = Files.createDirectories(target.getParent());
        // a name of its own: the workbench and a command line may fetch the same report at once
        Path tmp = Files.createTempFile(dir, ".report", ".pdf.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(pdf);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            // on disk before it takes its name: a crash must not leave an empty report that looks kept
            out.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.empty();
    }

    private static boolean isPdf(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PDF_MAGIC.length), PDF_MAGIC);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp"); //$NON-NLS-1$
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Zips the proof folders of one invoice's fluxes, or of every invoice deposited from {@code from}
     * to {@code to} (included, Paris days) when {@code invoiceNumber} is null.
     */
    public int export(LedgerStore ledger, String invoiceNumber, LocalDate from, LocalDate to, Path zip)
            throws IOException {
        Set<String> fluxes = new LinkedHashSet<>();
        if (invoiceNumber != null) {
            ledger.history(invoiceNumber).stream().filter(e -> "DEPOSITED".equals(e.kind()) && e.fluxNumber() != null) //$NON-NLS-1$
                    .forEach(e -> fluxes.add(e.fluxNumber()));
        } else {
            Instant start = from.atStartOfDay(PARIS).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(PARIS).toInstant();
            for (LedgerInvoice i : ledger.depositedBetween(start, end)) {
                fluxes.add(i.fluxNumber());
            }
        }
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".proof", ".zip.tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        int count = 0;
        try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream z = new ZipOutputStream(out)) {
            for (String flux : fluxes) {
                Path dir = folder(flux);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                count++;
                for (Path f : files(dir)) {
                    z.putNextEntry(new ZipEntry(dir.getFileName() + "/" + f.getFileName())); //$NON-NLS-1$
                    Files.copy(f, z);
                    z.closeEntry();
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING);
        return count;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tmp")) //$NON-NLS-1$
                    .sorted().toList());
        }
    }

    /** A flux number or file name as a single safe path element. */
    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._-]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
