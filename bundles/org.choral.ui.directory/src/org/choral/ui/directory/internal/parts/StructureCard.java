// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.parts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.choral.core.api.directory.Structure;
import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.internal.i18n.Messages;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * A structure as the user needs it before invoicing: name, SIRET, address, the four flags under the
 * reference tool's column names StA, StGE, StGS, StGSE each with its plain French meaning, and one
 * sentence saying what an invoice to it must carry.
 */
final class StructureCard {

    private static final String[] FLAGS = { "StA", "StGE", "StGS", "StGSE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private final Composite root;
    private final Label name;
    private final Label siret;
    private final Label address;
    private final Label requirement;
    private final Map<String, Label> values = new LinkedHashMap<>();

    StructureCard(Composite parent) {
        root = WidgetKeys.set(new Composite(parent, SWT.NONE), "directory.card"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(10, 3).applyTo(root);
        name = label("directory.card.name", 3); //$NON-NLS-1$
        name.setFont(JFaceResources.getBannerFont());
        siret = label("directory.card.siret", 3); //$NON-NLS-1$
        address = label("directory.card.address", 3); //$NON-NLS-1$
        String[] meanings = { Messages.Flag_StA, Messages.Flag_StGE, Messages.Flag_StGS, Messages.Flag_StGSE };
        for (int i = 0; i < FLAGS.length; i++) {
            Label code = new Label(root, SWT.NONE);
            code.setText(FLAGS[i]);
            code.setFont(JFaceResources.getBannerFont());
            Label value = WidgetKeys.set(new Label(root, SWT.NONE), "directory.flag." + FLAGS[i]); //$NON-NLS-1$
            GridDataFactory.fillDefaults().hint(40, SWT.DEFAULT).applyTo(value);
            values.put(FLAGS[i], value);
            Label meaning = WidgetKeys.set(new Label(root, SWT.NONE), "directory.flag." + FLAGS[i] + ".meaning"); //$NON-NLS-1$ //$NON-NLS-2$
            meaning.setText(meanings[i]);
        }
        requirement = label("directory.card.requirement", 3); //$NON-NLS-1$
        clear();
    }

    private Label label(String id, int span) {
        Label l = WidgetKeys.set(new Label(root, SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(l);
        return l;
    }

    Composite control() {
        return root;
    }

    void clear() {
        name.setText(Messages.Card_empty);
        siret.setText(""); //$NON-NLS-1$
        address.setText(""); //$NON-NLS-1$
        requirement.setText(""); //$NON-NLS-1$
        values.values().forEach(v -> v.setText("")); //$NON-NLS-1$
        root.layout(true, true);
    }

    void show(Structure s) {
        name.setText(s.name());
        siret.setText(NLS.bind(Messages.Card_siret, s.siret()));
        address.setText(NLS.bind(Messages.Card_address, new Object[] { nonNull(s.address()), nonNull(s.postalCode()),
                nonNull(s.town()) }));
        values.get(FLAGS[0]).setText(YesNo.of(s.active()));
        values.get(FLAGS[1]).setText(YesNo.of(s.engagementRequired()));
        values.get(FLAGS[2]).setText(YesNo.of(s.serviceRequired()));
        values.get(FLAGS[3]).setText(YesNo.of(s.serviceOrEngagementRequired()));
        requirement.setText(requirement(s));
        root.getParent().layout(true, true);
    }

    /** What an invoice to {@code s} must carry, in one sentence. */
    static String requirement(Structure s) {
        if (!s.active()) {
            return Messages.Card_inactive;
        }
        if (s.engagementRequired() && s.serviceRequired()) {
            return Messages.Card_needsBoth;
        }
        if (s.engagementRequired()) {
            return Messages.Card_needsEngagement;
        }
        if (s.serviceRequired()) {
            return Messages.Card_needsService;
        }
        if (s.serviceOrEngagementRequired()) {
            return Messages.Card_needsEither;
        }
        return Messages.Card_needsNothing;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }
}
