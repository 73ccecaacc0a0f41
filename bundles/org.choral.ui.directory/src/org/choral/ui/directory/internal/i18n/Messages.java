// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.i18n;

import org.eclipse.osgi.util.NLS;

/** The directory view's texts; French in {@code messages.properties}, English in {@code _en}. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.choral.ui.directory.internal.i18n.messages"; //$NON-NLS-1$

    public static String Part_searchLabel;
    public static String Part_searchHint;
    public static String Part_resultsName;
    public static String Part_resultsTown;
    public static String Part_resultsPostalCode;
    public static String Part_resultsSiret;
    public static String Part_resultsCount;
    public static String Part_resultsTruncated;
    public static String Part_noResult;
    public static String Part_notFound;
    public static String Part_invalidSiret;
    public static String Part_searching;
    public static String Part_noDirectory;
    public static String Part_status;
    public static String Part_ageToday;
    public static String Part_ageDays;
    public static String Part_stale;
    public static String Part_unavailable;
    public static String Part_noDirectoryService;
    public static String Card_empty;
    public static String Card_siret;
    public static String Card_address;
    public static String Card_yes;
    public static String Card_no;
    public static String Card_inactive;
    public static String Card_needsBoth;
    public static String Card_needsEngagement;
    public static String Card_needsService;
    public static String Card_needsEither;
    public static String Card_needsNothing;
    public static String Flag_StA;
    public static String Flag_StGE;
    public static String Flag_StGS;
    public static String Flag_StGSE;
    public static String Services_title;
    public static String Services_filterHint;
    public static String Services_activeOnly;
    public static String Services_code;
    public static String Services_name;
    public static String Services_active;
    public static String Services_engagement;
    public static String Services_count;
    public static String Services_none;
    public static String Import_title;
    public static String Import_filterAll;
    public static String Import_filterXlsx;
    public static String Import_filterZip;
    public static String Import_filterCsv;
    public static String Import_jobName;
    public static String Import_opening;
    public static String Import_unavailable;
    public static String Import_noService;
    public static String Import_failedTitle;
    public static String Import_failed;
    public static String Import_cancelled;
    public static String Import_done;
    public static String Summary_title;
    public static String Summary_file;
    public static String Summary_counts;
    public static String Summary_skipped;
    public static String Summary_first;
    public static String Summary_noChange;
    public static String Summary_changes;
    public static String Summary_structuresAdded;
    public static String Summary_structuresRemoved;
    public static String Summary_structuresDeactivated;
    public static String Summary_structuresReactivated;
    public static String Summary_structureFlags;
    public static String Summary_servicesAdded;
    public static String Summary_servicesRemoved;
    public static String Summary_serviceFlags;
    public static String Summary_close;
    public static String Toolbar_siret;
    public static String Toolbar_siretTooltip;

    public static String Portal_noSettings;
    public static String Portal_noConnector;
    public static String Portal_unsupported;
    public static String Portal_badSettings;
    public static String Portal_checking;
    public static String PortalError_authentication;
    public static String PortalError_refused;
    public static String PortalError_tooLarge;
    public static String PortalError_rateLimited;
    public static String PortalError_unavailable;
    public static String PortalError_timeout;
    public static String PortalError_protocol;
    public static String PortalError_answerLost;
    public static String PortalError_unsupported;
    public static String Online_button;
    public static String Online_tooltip;
    public static String Online_jobName;
    public static String Online_noSiret;
    public static String Online_checking;
    public static String Online_cancelled;
    public static String Online_unexpected;
    public static String Online_portalSide;
    public static String Online_localSide;
    public static String Online_absent;
    public static String Online_flags;
    public static String Online_unknownBoth;
    public static String Online_agree;
    public static String Online_differ;
    public static String Online_onlyLocal;
    public static String Online_onlyPortal;
    public static String Online_activeOnPortal;
    public static String Online_inactiveOnPortal;
    public static String Online_whatEngagement;
    public static String Online_whatService;
    public static String Online_whatServiceOrEngagement;
    public static String Online_portalRequires;
    public static String Online_portalNoLongerRequires;
    public static String Online_serviceOnlyPortal;
    public static String Online_serviceOnlyLocal;
    public static String Online_serviceActiveOnPortal;
    public static String Online_serviceInactiveOnPortal;
    public static String Online_serviceEngagementOnPortal;
    public static String Online_serviceNoEngagementOnPortal;
    public static String Update_button;
    public static String Update_tooltip;
    public static String Update_jobName;
    public static String Update_downloading;
    public static String Update_importing;
    public static String Update_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
