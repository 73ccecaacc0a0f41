// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;

/**
 * What « Vérifier en ligne » found: the structure as the portal and as the local directory know it,
 * and each difference as one French sentence saying which side requires what and what to do. Pure:
 * tested without a portal.
 *
 * @param siret the SIRET checked
 * @param local the local directory's structure, if it has one
 * @param portal the portal's, if it has one
 * @param differences one sentence per difference; empty when both agree
 */
public record OnlineComparison(String siret, Optional<Structure> local, Optional<Structure> portal,
        List<String> differences) {

    public OnlineComparison {
        differences = List.copyOf(differences);
    }

    public static OnlineComparison of(String siret, Optional<Structure> local, Optional<Structure> portal) {
        List<String> diffs = new ArrayList<>();
        if (portal.isEmpty() && local.isPresent()) {
            diffs.add(NLS.bind(Messages.Online_onlyLocal, siret));
        } else if (portal.isPresent() && local.isEmpty()) {
            diffs.add(NLS.bind(Messages.Online_onlyPortal, portal.get().name(), siret));
        } else if (portal.isPresent()) {
            flags(portal.get(), local.get(), diffs);
            services(portal.get(), local.get(), diffs);
        }
        return new OnlineComparison(siret, local, portal, diffs);
    }

    /** The conclusion shown above the differences. */
    public String verdict() {
        if (portal.isEmpty() && local.isEmpty()) {
            return NLS.bind(Messages.Online_unknownBoth, siret);
        }
        if (differences.isEmpty()) {
            return NLS.bind(Messages.Online_agree, portal.get().name(),
                    Integer.valueOf(portal.get().services().size()));
        }
        return NLS.bind(Messages.Online_differ, Integer.valueOf(differences.size()));
    }

    private static void flags(Structure p, Structure l, List<String> diffs) {
        if (p.active() != l.active()) {
            diffs.add(p.active() ? Messages.Online_activeOnPortal : Messages.Online_inactiveOnPortal);
        }
        requirement(p.engagementRequired(), l.engagementRequired(), Messages.Online_whatEngagement, diffs);
        requirement(p.serviceRequired(), l.serviceRequired(), Messages.Online_whatService, diffs);
        requirement(p.serviceOrEngagementRequired(), l.serviceOrEngagementRequired(),
                Messages.Online_whatServiceOrEngagement, diffs);
    }

    private static void requirement(boolean portal, boolean local, String what, List<String> diffs) {
        if (portal != local) {
            diffs.add(NLS.bind(portal ? Messages.Online_portalRequires : Messages.Online_portalNoLongerRequires, what));
        }
    }

    private static void services(Structure p, Structure l, List<String> diffs) {
        TreeMap<String, Service> portal = byCode(p);
        TreeMap<String, Service> local = byCode(l);
        for (Service s : portal.values()) {
            Service mine = local.get(s.code());
            if (mine == null) {
                diffs.add(NLS.bind(Messages.Online_serviceOnlyPortal, s.code(), s.name()));
                continue;
            }
            if (s.active() != mine.active()) {
                diffs.add(NLS.bind(s.active() ? Messages.Online_serviceActiveOnPortal
                        : Messages.Online_serviceInactiveOnPortal, s.code()));
            }
            if (s.engagementRequired() != mine.engagementRequired()) {
                diffs.add(NLS.bind(s.engagementRequired() ? Messages.Online_serviceEngagementOnPortal
                        : Messages.Online_serviceNoEngagementOnPortal, s.code()));
            }
        }
        for (Service s : local.values()) {
            if (!portal.containsKey(s.code())) {
                diffs.add(NLS.bind(Messages.Online_serviceOnlyLocal, s.code(), s.name()));
            }
        }
    }

    private static TreeMap<String, Service> byCode(Structure s) {
        TreeMap<String, Service> map = new TreeMap<>();
        for (Service service : s.services()) {
            map.put(service.code().trim(), service);
        }
        return map;
    }
}
