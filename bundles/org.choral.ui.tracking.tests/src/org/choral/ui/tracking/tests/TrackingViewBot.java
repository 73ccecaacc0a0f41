// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.tracking.tests;

import java.nio.file.Path;
import java.util.function.Function;

import org.choral.ui.bot.Condition;
import org.choral.ui.bot.WorkbenchBot;
import org.choral.ui.tracking.TrackingView;
import org.choral.ui.tracking.internal.jobs.FollowUpJob;
import org.choral.ui.tracking.internal.model.TrackingSnapshot;
import org.choral.ui.tracking.internal.parts.TrackingPart;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

/**
 * The shared page object of « Suivi des dépôts » ({@link org.choral.ui.bot.TrackingViewBot}) with
 * what needs the view's internals: one follow-up pass awaited through the snapshot the view shows
 * and the job's state, the data folder and file chooser set in the application context, the
 * history of one invoice.
 */
final class TrackingViewBot extends org.choral.ui.bot.TrackingViewBot {

    TrackingViewBot(WorkbenchBot workbench) {
        super(workbench);
    }

    /** Points the view and the follow-up at {@code folder} and waits for the pass that reads it. */
    void useDataFolder(Path folder) {
        TrackingPart part = show();
        TrackingSnapshot before = bot.syncExec(part::snapshot);
        bot.syncRun(() -> workbench.application().getContext().set(TrackingView.DATA_FOLDER, folder));
        waitForPassAfter(before);
    }

    void fileChooser(Function<String, Path> chooser) {
        bot.syncRun(() -> workbench.application().getContext().set(TrackingView.FILE_CHOOSER, chooser));
    }

    @Override
    public TrackingPart show() {
        return (TrackingPart) super.show();
    }

    TrackingPart part() {
        MPart part = workbench.element(TrackingView.PART_ID, MPart.class);
        return bot.syncExec(() -> (TrackingPart) part.getObject());
    }

    /** « Actualiser », then waits for the pass it asked for. */
    void refresh() {
        TrackingPart part = part();
        TrackingSnapshot before = bot.syncExec(part::snapshot);
        clickRefresh();
        waitForPassAfter(before);
    }

    /**
     * Waits until the view shows a pass newer than {@code before} and no other pass is running or
     * about to run (a pass asked for while one runs comes right after it: the first one's snapshot
     * is not the one asked for).
     */
    private void waitForPassAfter(TrackingSnapshot before) {
        TrackingPart part = part();
        FollowUpJob job = bot.syncExec(() -> workbench.application().getContext().get(FollowUpJob.class));
        bot.waitUntil(Condition.of("a follow-up pass shown", () -> part.snapshot() != null && part.snapshot() != before
                && job.getState() == Job.SLEEPING && part.snapshot() == job.snapshot()));
    }

    /** Selects an invoice and waits until its history is shown. */
    void openHistory(String invoiceNumber) {
        TrackingPart part = part();
        bot.syncRun(() -> part.select(invoiceNumber));
        Label title = bot.widgetWithId(Label.class, "tracking.details.title");
        Table history = bot.widgetWithId(Table.class, HISTORY);
        bot.waitUntil(Condition.of("history of " + invoiceNumber,
                () -> title.getText().contains(invoiceNumber) && history.getItemCount() > 0));
    }

    /**
     * Selects an invoice, clicks « Exporter la preuve… », answers the save dialog with {@code zip} and
     * waits until the view says where the proof went.
     */
    void exportProof(String invoiceNumber, Path zip) {
        openHistory(invoiceNumber);
        bot.syncRun(() -> workbench.application().getContext().set(TrackingView.PROOF_CHOOSER,
                (Function<String, Path>) name -> zip));
        Button button = bot.widgetWithId(Button.class, "tracking.proof");
        bot.waitUntil(Condition.of("« Exporter la preuve… » enabled", () -> button.isEnabled()));
        bot.click(button);
        Label portal = bot.widgetWithId(Label.class, "tracking.portal");
        bot.waitUntil(Condition.of("the proof of " + invoiceNumber + " saved", () -> portal.getText().contains(zip.toString())));
    }

    /** Clicks « Renvoyer… » and returns the confirmation dialog. */
    Shell askResend() {
        bot.click(bot.widgetWithId(Button.class, "tracking.resend"));
        return bot.shellWithId("tracking.resend.shell");
    }

    void answer(Shell dialog, boolean resend) {
        bot.click(bot.widgetWithId(dialog, Button.class, resend ? "tracking.resend.ok" : "tracking.resend.cancel"));
        bot.waitUntilClosed(dialog);
    }
}
