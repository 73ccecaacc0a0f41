// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.choral.core.api.Siret;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.emulator.internal.directory.EmulatorDirectory;
import org.choral.emulator.internal.i18n.PortalTexts;
import org.eclipse.osgi.util.NLS;

/**
 * Chorus Pro's routing rules for one invoice against the emulator's directory, written from
 * {@code chorus-reference.md} §3 (rules 1–5): each broken rule gives one {@code libelleErreurDP}.
 */
public final class RoutingRules {

    /** The service reserved to invoices between public bodies. */
    static final String PUBLIC_INVOICES = "FACTURES_PUBLIQUES"; //$NON-NLS-1$
    static final int ENGAGEMENT_MAX = 50;

    private RoutingRules() {
    }

    public static List<String> check(InvoiceFacts facts, EmulatorDirectory directory) {
        List<String> errors = new ArrayList<>();
        if (facts.recipient() == null) {
            errors.add(PortalTexts.Route_siretMissing);
            return errors;
        }
        String siret = Siret.normalize(facts.recipient());
        if (siret == null || !Siret.isValid(siret)) {
            errors.add(NLS.bind(PortalTexts.Route_siretInvalid, facts.recipient()));
            return errors;
        }
        Optional<Structure> found = directory.get(siret);
        if (found.isEmpty()) {
            errors.add(NLS.bind(PortalTexts.Route_structureUnknown, siret));
            return errors;
        }
        Structure structure = found.get();
        if (!structure.active()) {
            errors.add(NLS.bind(PortalTexts.Route_structureInactive, siret));
        }
        String code = facts.service() == null ? null : facts.service().trim();
        Service service = null;
        if (code != null && !code.isEmpty()) {
            service = structure.service(code);
            if (PUBLIC_INVOICES.equals(code)) {
                errors.add(NLS.bind(PortalTexts.Route_serviceForbidden, code));
            } else if (service == null) {
                errors.add(NLS.bind(PortalTexts.Route_serviceUnknown, code, siret));
            } else if (!service.active()) {
                errors.add(NLS.bind(PortalTexts.Route_serviceInactive, code));
            }
        } else if (structure.serviceRequired()) {
            errors.add(NLS.bind(PortalTexts.Route_serviceRequired, siret));
        }
        boolean hasEngagement = facts.engagement() != null && !facts.engagement().isBlank();
        if (!hasEngagement && structure.engagementRequired()) {
            errors.add(NLS.bind(PortalTexts.Route_engagementRequired, siret));
        } else if (!hasEngagement && service != null && service.engagementRequired()) {
            errors.add(NLS.bind(PortalTexts.Route_engagementRequiredByService, code));
        }
        if (!hasEngagement && (code == null || code.isEmpty()) && structure.serviceOrEngagementRequired()) {
            errors.add(NLS.bind(PortalTexts.Route_serviceOrEngagementRequired, siret));
        }
        if (hasEngagement && facts.engagement().trim().length() > ENGAGEMENT_MAX) {
            errors.add(NLS.bind(PortalTexts.Route_engagementTooLong, ENGAGEMENT_MAX));
        }
        return errors;
    }
}
