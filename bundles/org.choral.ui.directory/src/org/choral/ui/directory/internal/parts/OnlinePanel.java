// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.parts;

import java.util.Optional;

import org.choral.core.api.directory.Structure;
import org.choral.ui.WidgetKeys;
import org.choral.ui.directory.internal.i18n.Messages;
import org.choral.ui.directory.internal.portal.OnlineComparison;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * « Vérifier en ligne » and « Mettre à jour », and what the check found: the portal's flags and
 * services beside the local ones, the verdict, then one line per difference.
 */
final class OnlinePanel {

    private final Composite root;
    private final Button check;
    private final Button update;
    private final Label portal;
    private final Label local;
    private final Label verdict;
    private final Label differences;

    OnlinePanel(Composite parent) {
        root = WidgetKeys.set(new Composite(parent, SWT.NONE), "directory.online"); //$NON-NLS-1$
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 3).applyTo(root);
        check = WidgetKeys.set(new Button(root, SWT.PUSH), "directory.checkOnline"); //$NON-NLS-1$
        check.setText(Messages.Online_button);
        update = WidgetKeys.set(new Button(root, SWT.PUSH), "directory.update"); //$NON-NLS-1$
        update.setText(Messages.Update_button);
        portal = label("directory.online.portal"); //$NON-NLS-1$
        local = label("directory.online.local"); //$NON-NLS-1$
        verdict = label("directory.online.verdict"); //$NON-NLS-1$
        differences = label("directory.online.differences"); //$NON-NLS-1$
        setAvailable(false, Messages.Portal_checking, false, Messages.Portal_checking);
    }

    private Label label(String id) {
        Label l = WidgetKeys.set(new Label(root, SWT.WRAP), id);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(l);
        return l;
    }

    Composite control() {
        return root;
    }

    void onCheck(Runnable action) {
        check.addListener(SWT.Selection, e -> action.run());
    }

    void onUpdate(Runnable action) {
        update.addListener(SWT.Selection, e -> action.run());
    }

    /** Enables each button, or disables it with the reason as its tooltip. */
    void setAvailable(boolean canCheck, String checkReason, boolean canUpdate, String updateReason) {
        check.setEnabled(canCheck);
        check.setToolTipText(canCheck ? Messages.Online_tooltip : checkReason);
        update.setEnabled(canUpdate);
        update.setToolTipText(canUpdate ? Messages.Update_tooltip : updateReason);
    }

    void clear() {
        show(""); //$NON-NLS-1$
    }

    /** A single line: progress, or why the check failed. */
    void show(String text) {
        portal.setText(""); //$NON-NLS-1$
        local.setText(""); //$NON-NLS-1$
        verdict.setText(text);
        differences.setText(""); //$NON-NLS-1$
    }

    void show(OnlineComparison c) {
        portal.setText(NLS.bind(Messages.Online_portalSide, describe(c.portal())));
        local.setText(NLS.bind(Messages.Online_localSide, describe(c.local())));
        verdict.setText(c.verdict());
        differences.setText(String.join("\n", c.differences())); //$NON-NLS-1$
    }

    private static String describe(Optional<Structure> structure) {
        if (structure.isEmpty()) {
            return Messages.Online_absent;
        }
        Structure s = structure.get();
        long active = s.services().stream().filter(x -> x.active()).count();
        long engagement = s.services().stream().filter(x -> x.engagementRequired()).count();
        return NLS.bind(Messages.Online_flags, new Object[] { YesNo.of(s.active()), YesNo.of(s.engagementRequired()),
                YesNo.of(s.serviceRequired()), YesNo.of(s.serviceOrEngagementRequired()),
                Integer.valueOf(s.services().size()), Long.valueOf(active), Long.valueOf(engagement) });
    }
}
