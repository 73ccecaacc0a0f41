// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

/**
 * The Factur-X profiles the product writes, with their guideline URN (BT-24) and the conformance
 * level written in the PDF's XMP metadata.
 *
 * @since 0.1
 */
public enum FacturxProfile {
    EN16931("urn:cen.eu:en16931:2017", "EN 16931"), //$NON-NLS-1$ //$NON-NLS-2$
    BASIC("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic", "BASIC"); //$NON-NLS-1$ //$NON-NLS-2$

    private final String urn;
    private final String conformanceLevel;

    FacturxProfile(String urn, String conformanceLevel) {
        this.urn = urn;
        this.conformanceLevel = conformanceLevel;
    }

    public String urn() {
        return urn;
    }

    /** The {@code fx:ConformanceLevel} value of the XMP metadata. */
    public String conformanceLevel() {
        return conformanceLevel;
    }
}
