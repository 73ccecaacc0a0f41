// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.ui.WidgetKeys;
import org.choral.ui.settings.SettingsPage;
import org.choral.ui.settings.internal.i18n.Messages;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;

/** The JFace preference dialog of « Paramétrage », filled from the contributed pages. */
public class SettingsDialog extends PreferenceDialog {

    public static final String SHELL_ID = "settings.shell"; //$NON-NLS-1$
    public static final String TREE_ID = "settings.tree"; //$NON-NLS-1$

    public SettingsDialog(Shell parent, List<SettingsPage> pages) {
        super(parent, manager(pages));
    }

    private static PreferenceManager manager(List<SettingsPage> pages) {
        PreferenceManager manager = new PreferenceManager('/');
        Map<String, IPreferenceNode> nodes = new HashMap<>();
        for (SettingsPage page : pages) {
            nodes.put(page.id(), new ContributedNode(page));
        }
        for (SettingsPage page : pages) {
            IPreferenceNode parent = page.parentId() == null ? null : nodes.get(page.parentId());
            if (parent != null) {
                parent.add(nodes.get(page.id()));
            } else {
                manager.addToRoot(nodes.get(page.id()));
            }
        }
        return manager;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Settings_title);
        WidgetKeys.set(shell, SHELL_ID);
    }

    @Override
    protected Control createTreeAreaContents(Composite parent) {
        Control tree = super.createTreeAreaContents(parent);
        WidgetKeys.set(getTreeViewer().getControl(), TREE_ID);
        return tree;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        WidgetKeys.set(getButton(IDialogConstants.OK_ID), "settings.ok"); //$NON-NLS-1$
        WidgetKeys.set(getButton(IDialogConstants.CANCEL_ID), "settings.cancel"); //$NON-NLS-1$
    }

    /**
     * Lets the user go to another page while a value is still refused (on first start the
     * company page is empty, and one may fill Chorus Pro first); OK stays disabled meanwhile.
     */
    @Override
    protected boolean isCurrentPageValid() {
        return true;
    }

    @Override
    public void updateButtons() {
        super.updateButtons();
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(shownPagesValid());
        }
    }

    private boolean shownPagesValid() {
        for (IPreferenceNode node : getPreferenceManager().getElements(PreferenceManager.PRE_ORDER)) {
            if (node.getPage() != null && node.getPage().getControl() != null && !node.getPage().isValid()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void create() {
        super.create();
        tagTreeItems(getTreeViewer());
    }

    /** Tree items get their page's id, so that tests select a page by id, never by label. */
    private static void tagTreeItems(TreeViewer viewer) {
        viewer.expandAll();
        for (TreeItem item : viewer.getTree().getItems()) {
            tag(item);
        }
    }

    private static void tag(TreeItem item) {
        if (item.getData() instanceof ContributedNode node) {
            WidgetKeys.set(item, node.getId());
        }
        for (TreeItem child : item.getItems()) {
            tag(child);
        }
    }

    /** A node that asks its contribution for a page the first time it is shown. */
    private static final class ContributedNode extends PreferenceNode {

        private final SettingsPage contribution;

        ContributedNode(SettingsPage contribution) {
            super(contribution.id());
            this.contribution = contribution;
        }

        @Override
        public void createPage() {
            setPage(contribution.createPage());
        }

        @Override
        public String getLabelText() {
            if (getPage() == null) {
                createPage();
            }
            return getPage().getTitle();
        }
    }
}
