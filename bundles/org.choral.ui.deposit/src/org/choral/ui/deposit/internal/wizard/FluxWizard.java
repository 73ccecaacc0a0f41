// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.deposit.internal.wizard;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.choral.core.api.flux.FluxException;
import org.choral.core.api.flux.FluxRequest;
import org.choral.core.api.flux.FluxResult;
import org.choral.ui.deposit.internal.i18n.Messages;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

/**
 * « Génération du flux »: the parameters with the two tabs of the reference tool and a preview,
 * the files generated, then the place of « Déposer sur Chorus ». Generation runs in the wizard's
 * own progress area (forked, cancellable), so the user sees it where they asked for it.
 */
public class FluxWizard extends Wizard {

    private final FluxInput input;
    private ParametersPage parameters;
    private GeneratedPage generated;
    private DepositPage deposit;
    private FluxResult result;

    public FluxWizard(FluxInput input) {
        this.input = input;
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        parameters = new ParametersPage(this, input);
        generated = new GeneratedPage(new FileActions());
        deposit = new DepositPage(input);
        addPage(parameters);
        addPage(generated);
        addPage(deposit);
    }

    /** The last generation's result, or {@code null} before « Générer le flux » or after a change. */
    public FluxResult result() {
        return result;
    }

    /** A parameter changed: what was generated no longer matches the page, so its result is dropped. */
    void invalidate() {
        if (result != null) {
            result = null;
            generated.show(null);
            deposit.setGenerated(null, null);
        }
    }

    /** « Générer le flux »: runs the generation in the wizard's progress area, then shows the files. */
    void generate(FluxRequest request) {
        AtomicReference<FluxResult> done = new AtomicReference<>();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    done.set(input.flux().generate(input.invoices(), request, monitor));
                } catch (FluxException e) {
                    throw new InvocationTargetException(e);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (!(cause instanceof FluxException)) {
                ILog.of(FluxWizard.class).error("Flux generation failed", cause); //$NON-NLS-1$
            }
            parameters.setErrorMessage(NLS.bind(Messages.Wizard_failed, cause.getMessage()));
            return;
        } catch (InterruptedException e) {
            parameters.setMessage(Messages.Wizard_cancelled, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
            return;
        }
        result = done.get();
        parameters.remember();
        generated.show(result);
        deposit.setGenerated(request, result);
        input.status().accept(NLS.bind(Messages.Wizard_done, result.files().size(), result.failures().size()));
        getContainer().showPage(generated);
    }

    @Override
    public boolean performFinish() {
        parameters.remember();
        return true;
    }
}
