// SPDX-License-Identifier: EPL-2.0
package org.choral.deposit.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.Flux;
import org.choral.core.api.portal.PortalConnector;
import org.choral.core.api.portal.PortalConnectorFactory;
import org.choral.core.api.portal.PortalSettings;
import org.choral.emulator.Emulator;
import org.choral.emulator.EmulatorConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An emulator per test (frozen virtual clock), the Chorus connector as the product registers it,
 * a deposit component on a test clock whose waits move both the test clock and the emulator's.
 * Public, with protected members, for the command-line tests in {@code internal.cli}.
 */
public abstract class DepositTestSupport {

    static final String SUPPLIER = "73282932000074";
    static final String RECIPIENT = "21910377700013";
    static final String UNKNOWN_RECIPIENT = "55208131766522";
    static final String UBL = "IN_DP_E1_UBL_INVOICE";
    static final String DEPOSIT = "/cpro/factures/v1/deposer/flux";
    static final String REPORT = "/cpro/transverses/v1/consulterCRDetaille";

    @TempDir
    protected Path data;
    protected Emulator emulator;
    protected final TestClock clock = new TestClock();
    protected DepositComponent deposits;
    private final List<AutoCloseable> opened = new ArrayList<>();

    protected Emulator start(UnaryOperator<EmulatorConfig.Builder> tune) throws Exception {
        emulator = Emulator.start(tune.apply(EmulatorConfig.builder(data.resolve("emulator")).port(0).speed(0)
                .structures(List.of(structure(RECIPIENT, "COMMUNE DE PLAINVILLE"), structure(SUPPLIER, "FOURNISSEUR SA")))
                .supplier(SUPPLIER)).build());
        // the test clock starts where the emulator's does, so deposit ages agree
        clock.set(emulator.clock().now());
        deposits = new DepositComponent(clock, d -> {
            clock.advance(d);
            emulator.clock().advance(d);
        });
        return emulator;
    }

    /** A component on the real clock (pause tests measure real time). */
    DepositComponent realTime() {
        DepositComponent c = new DepositComponent();
        opened.add(c::close);
        return c;
    }

    private static Structure structure(String siret, String name) {
        return new Structure(siret, name, true, false, false, false, true, "1 rue de la Paix", "75001", "PARIS", "FR",
                List.of());
    }

    @AfterEach
    void stopAll() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
        if (deposits != null) {
            deposits.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** The Chorus connector through its registered factory (also proves the DS registration). */
    protected PortalConnector connect() throws Exception {
        PortalConnectorFactory factory = service(PortalConnectorFactory.class, "chorus");
        PortalConnector c = factory.create(PortalSettings.defaults().withUrls(emulator.baseUrl(), emulator.tokenUrl())
                .withCredentials("client", "secret", "login", "password"));
        opened.add(c);
        return c;
    }

    protected static <T> T service(Class<T> type, String id) throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(DepositTestSupport.class);
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundle.getBundleContext(), type, null);
        tracker.open();
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                Object[] services = tracker.getServices();
                for (Object o : services == null ? new Object[0] : services) {
                    T s = type.cast(o);
                    if (id == null || id.equals(idOf(s))) {
                        return s;
                    }
                }
                Thread.sleep(20);
            }
        } finally {
            tracker.close();
        }
        throw new AssertionError("no " + type.getSimpleName() + " service " + id);
    }

    private static String idOf(Object s) {
        return s instanceof PortalConnectorFactory f ? f.id() : null;
    }

    /** One UBL invoice per number, each its own flux (sequential mode). */
    protected List<Flux> sequential(String... numbers) throws Exception {
        List<Flux> list = new ArrayList<>();
        Path folder = Files.createDirectories(data.resolve("flux"));
        for (String n : numbers) {
            Path f = folder.resolve(n + ".xml");
            Files.writeString(f, ubl(n, n.startsWith("BAD") ? UNKNOWN_RECIPIENT : RECIPIENT), StandardCharsets.UTF_8);
            list.add(Flux.of(f, UBL, List.of(n)));
        }
        return list;
    }

    /** One zip lot holding the invoices. */
    protected Flux lot(String name, String... numbers) throws Exception {
        Path zip = Files.createDirectories(data.resolve("lots")).resolve(name + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String n : numbers) {
                z.putNextEntry(new ZipEntry(n + ".xml"));
                z.write(ubl(n, n.startsWith("BAD") ? UNKNOWN_RECIPIENT : RECIPIENT).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return Flux.of(zip, UBL, List.of(numbers));
    }

    static String ubl(String number, String recipient) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\""
                + " xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\""
                + " xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n"
                + "<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>\n"
                + "<cbc:ID>" + number + "</cbc:ID>\n<cbc:IssueDate>2025-01-15</cbc:IssueDate>\n"
                + "<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n"
                + party("AccountingSupplierParty", SUPPLIER) + party("AccountingCustomerParty", recipient)
                + "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\">120.00</cbc:PayableAmount></cac:LegalMonetaryTotal>\n"
                + "<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount currencyID=\"EUR\">100.00</cbc:LineExtensionAmount>"
                + "<cac:Item><cbc:Name>Prestation</cbc:Name></cac:Item></cac:InvoiceLine>\n</Invoice>\n";
    }

    private static String party(String role, String siret) {
        return "<cac:" + role + "><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>X</cbc:RegistrationName>"
                + "<cbc:CompanyID schemeID=\"0002\">" + siret + "</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:"
                + role + ">\n";
    }

    int deposits() {
        return emulator.faults().calls(DEPOSIT);
    }

    /** A clock tests move by hand. */
    protected static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        synchronized void set(Instant instant) {
            now = instant;
        }

        public synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
