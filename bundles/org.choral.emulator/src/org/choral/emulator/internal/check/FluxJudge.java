// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.xml.validation.Schema;

import org.choral.core.api.Siret;
import org.choral.emulator.internal.directory.EmulatorDirectory;
import org.choral.emulator.internal.i18n.PortalTexts;
import org.choral.emulator.internal.state.TechnicalError;
import org.eclipse.osgi.util.NLS;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Judges a deposited flux the way Chorus Pro does after accepting it: opens the lot, checks each
 * file against the declared syntax (content, well-formedness, UBL 2.1 / CII D16B schema), then
 * each invoice against the directory and the supplier's earlier invoice numbers.
 */
public final class FluxJudge {

    private static final String TECHNIQUE = "TECHNIQUE"; //$NON-NLS-1$

    private final EmulatorDirectory directory;
    private final Function<String, Set<String>> acceptedNumbers;

    /**
     * @param directory the directory to route against
     * @param acceptedNumbers supplier SIRET → invoice numbers already accepted from it
     */
    public FluxJudge(EmulatorDirectory directory, Function<String, Set<String>> acceptedNumbers) {
        this.directory = directory;
        this.acceptedNumbers = acceptedNumbers;
    }

    public Judgement judge(String fileName, Syntax syntax, byte[] content) {
        List<TechnicalError> technical = new ArrayList<>();
        List<InvoiceFacts> facts = new ArrayList<>();
        List<Boolean> hasPdf = new ArrayList<>();
        try {
            List<LotEntry> entries = LotReader.read(fileName, content);
            if (syntax.content() == Syntax.Content.CPP_XML) {
                throw new FluxException("SYNTAXE_NON_PRISE_EN_CHARGE", NLS.bind(PortalTexts.Flux_cppUnsupported, syntax)); //$NON-NLS-1$
            }
            Set<String> pdfNames = new HashSet<>();
            for (LotEntry e : entries) {
                if (e.isPdf()) {
                    pdfNames.add(e.baseName());
                }
            }
            for (LotEntry e : entries) {
                if (syntax.content() == Syntax.Content.FACTURX) {
                    facts.add(facturX(e, syntax));
                    hasPdf.add(true);
                } else if (!e.isPdf()) {
                    InvoiceFacts f = xml(e.name(), e.content(), syntax);
                    facts.add(f);
                    hasPdf.add(f.embeddedPdf() || pdfNames.contains(e.baseName()));
                }
            }
            if (facts.isEmpty()) {
                throw new FluxException("SYNTAXE_INCOHERENTE", NLS.bind(PortalTexts.Flux_noInvoice, fileName, syntax)); //$NON-NLS-1$
            }
        } catch (FluxException e) {
            technical.add(new TechnicalError(e.code(), e.getMessage(), TECHNIQUE));
            return new Judgement(technical, List.of());
        }
        return new Judgement(technical, route(facts, hasPdf, syntax));
    }

    private List<Judgement.Judged> route(List<InvoiceFacts> facts, List<Boolean> hasPdf, Syntax syntax) {
        List<Judgement.Judged> out = new ArrayList<>();
        Map<String, Set<String>> numbers = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            InvoiceFacts f = facts.get(i);
            List<String> errors = new ArrayList<>();
            String supplier = Siret.normalize(f.supplier());
            if (f.number() == null) {
                errors.add(PortalTexts.Route_numberMissing);
            }
            if (supplier == null || !Siret.isValid(supplier)) {
                errors.add(NLS.bind(PortalTexts.Route_supplierMissing, f.supplier() == null ? "" : f.supplier())); //$NON-NLS-1$
            }
            if (syntax.needsPdf() && !hasPdf.get(i)) {
                errors.add(PortalTexts.Route_pdfMissing);
            }
            errors.addAll(RoutingRules.check(f, directory));
            if (f.number() != null && supplier != null) {
                Set<String> seen = numbers.computeIfAbsent(supplier, s -> new HashSet<>(acceptedNumbers.apply(s)));
                if (seen.contains(f.number())) {
                    errors.add(NLS.bind(PortalTexts.Route_duplicate, f.number(), supplier));
                } else if (errors.isEmpty()) {
                    seen.add(f.number());
                }
            }
            out.add(new Judgement.Judged(f, errors));
        }
        return out;
    }

    private InvoiceFacts facturX(LotEntry e, Syntax syntax) throws FluxException {
        if (!e.isPdf()) {
            throw new FluxException("SYNTAXE_INCOHERENTE", NLS.bind(PortalTexts.Flux_notPdf, e.name(), syntax)); //$NON-NLS-1$
        }
        byte[] xml;
        try {
            xml = FacturX.embeddedXml(e.content());
        } catch (IOException ex) {
            throw new FluxException("PDF_ILLISIBLE", NLS.bind(PortalTexts.Flux_badPdf, e.name(), ex.getMessage())); //$NON-NLS-1$
        }
        if (xml == null) {
            throw new FluxException("FACTURX_SANS_XML", NLS.bind(PortalTexts.Flux_noEmbeddedXml, e.name())); //$NON-NLS-1$
        }
        return xml(e.name() + "!factur-x.xml", xml, Syntax.IN_DP_E1_CII_16B); //$NON-NLS-1$
    }

    private static InvoiceFacts xml(String name, byte[] content, Syntax syntax) throws FluxException {
        Document doc;
        try {
            doc = SafeXml.parse(content);
        } catch (SAXParseException e) {
            throw new FluxException("XML_MAL_FORME", NLS.bind(PortalTexts.Flux_malformed, //$NON-NLS-1$
                    new Object[] { name, e.getLineNumber(), e.getColumnNumber(), e.getMessage() }));
        } catch (SAXException | IOException e) {
            throw new FluxException("XML_MAL_FORME", NLS.bind(PortalTexts.Flux_malformed, //$NON-NLS-1$
                    new Object[] { name, 0, 0, e.getMessage() }));
        }
        Syntax.Content actual = InvoiceReader.contentOf(doc);
        if (actual != syntax.content()) {
            String root = doc.getDocumentElement().getNamespaceURI() + ':' + doc.getDocumentElement().getLocalName();
            throw new FluxException("SYNTAXE_INCOHERENTE", NLS.bind(PortalTexts.Flux_wrongContent, //$NON-NLS-1$
                    new Object[] { name, root, syntax }));
        }
        Schema schema = actual == Syntax.Content.UBL ? Schemas.ubl() : Schemas.cii();
        try {
            Schemas.validate(schema, content);
        } catch (SAXParseException e) {
            throw new FluxException("XML_NON_CONFORME", NLS.bind(PortalTexts.Flux_invalid, //$NON-NLS-1$
                    new Object[] { name, e.getLineNumber(), e.getColumnNumber(), e.getMessage() }));
        } catch (SAXException | IOException e) {
            throw new FluxException("XML_NON_CONFORME", NLS.bind(PortalTexts.Flux_invalid, //$NON-NLS-1$
                    new Object[] { name, 0, 0, e.getMessage() }));
        }
        return actual == Syntax.Content.UBL ? InvoiceReader.ubl(doc) : InvoiceReader.cii(doc);
    }
}
