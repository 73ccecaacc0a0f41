// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MToolItem;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;

/**
 * Starts the real Choral e4 application (the product's {@code E4Application} with the product's
 * branding) on a UI thread of its own, finds its main window, and closes it again. Elements of
 * the application model are found by their element id.
 */
@SuppressWarnings("restriction")
public final class WorkbenchBot {

    public static final String PRODUCT_ID = "org.choral.ui.product"; //$NON-NLS-1$
    private static final String OWNING_ME = "modelElement"; //$NON-NLS-1$

    private final Thread uiThread;
    private final AtomicReference<Object> exit = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private Bot bot;
    private MWindow window;
    private Shell shell;

    private WorkbenchBot(String... args) {
        uiThread = new Thread(() -> {
            try {
                exit.set(new E4Application().start(new ProductApplicationContext(PRODUCT_ID, args)));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "choral-ui"); //$NON-NLS-1$
        uiThread.setDaemon(true);
    }

    /** Starts the application and waits until its main window is shown. */
    public static WorkbenchBot start(String... args) {
        WorkbenchBot w = new WorkbenchBot(args);
        w.uiThread.start();
        w.awaitMainWindow();
        return w;
    }

    /** Deletes the layout the workbench persisted in the instance area, for a first-start test. */
    public static void clearPersistedLayout() throws IOException {
        Path file = persistedLayout();
        Files.deleteIfExists(file);
    }

    /** Where e4 keeps the layout between runs. */
    public static Path persistedLayout() {
        try {
            Path instance = Path.of(Platform.getInstanceLocation().getURL().toURI());
            return instance.resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"); //$NON-NLS-1$
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitMainWindow() {
        long end = System.nanoTime() + Bot.TIMEOUT_MS * 1_000_000 * 2;
        Display display = null;
        while (display == null && System.nanoTime() < end) {
            if (failure.get() != null) {
                throw new IllegalStateException("The workbench failed to start", failure.get()); //$NON-NLS-1$
            }
            display = Display.findDisplay(uiThread);
            if (display == null) {
                Thread.onSpinWait();
            }
        }
        if (display == null) {
            throw new TimeoutException("The workbench created no display"); //$NON-NLS-1$
        }
        bot = new Bot(display);
        Display d = display;
        bot.waitUntil(Condition.of("the main window", () -> { //$NON-NLS-1$
            if (failure.get() != null) {
                throw new IllegalStateException("The workbench failed to start", failure.get()); //$NON-NLS-1$
            }
            for (Shell s : d.getShells()) {
                if (s.isVisible() && s.getData(OWNING_ME) instanceof MWindow w) {
                    shell = s;
                    window = w;
                    return true;
                }
            }
            return false;
        }), Bot.TIMEOUT_MS * 2);
        bot.syncRun(() -> shell.forceActive());
    }

    public Bot bot() {
        return bot;
    }

    public Shell shell() {
        return shell;
    }

    public MWindow window() {
        return window;
    }

    public MApplication application() {
        return bot.syncExec(() -> (MApplication) ((EObject) window).eContainer());
    }

    /** The model element with this id in the window, its menus and its trims. */
    public <T extends MUIElement> T element(String elementId, Class<T> type) {
        return bot.syncExec(() -> {
            EModelService models = window.getContext().get(EModelService.class);
            List<T> found = models.findElements(window, elementId, type, null,
                    EModelService.ANYWHERE | EModelService.IN_MAIN_MENU | EModelService.IN_TRIM);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("No " + type.getSimpleName() + " " + elementId); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return found.get(0);
        });
    }

    /** The labels of the menu bar, as shown (mnemonics removed). */
    public List<String> menuBarLabels() {
        return bot.syncExec(() -> {
            Menu bar = shell.getMenuBar();
            return java.util.Arrays.stream(bar.getItems()).map(i -> i.getText().replace("&", "")).toList(); //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    /** The menu item of this element id, its menu filled as when the user opens it. */
    public MenuItem menuItem(String elementId) {
        MMenuItem item = element(elementId, MMenuItem.class);
        return bot.syncExec(() -> {
            fill(shell.getMenuBar());
            if (!(item.getWidget() instanceof MenuItem mi)) {
                throw new IllegalStateException("Menu item " + elementId + " is not rendered"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return mi;
        });
    }

    /** Fills every menu below {@code menu}, as showing them does (e4 fills menus lazily). */
    private static void fill(Menu menu) {
        if (menu == null || menu.isDisposed()) {
            return;
        }
        menu.notifyListeners(SWT.Show, new Event());
        for (MenuItem child : menu.getItems()) {
            fill(child.getMenu());
        }
        menu.notifyListeners(SWT.Hide, new Event());
    }

    /** Selects a menu item as the user would (asynchronously: it may open a modal dialog). */
    public void clickMenu(String elementId) {
        MenuItem item = menuItem(elementId);
        bot.asyncRun(() -> {
            if (!item.isDisposed() && item.isEnabled()) {
                item.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** The tool item of this element id. */
    public ToolItem toolItem(String elementId) {
        MToolItem item = element(elementId, MToolItem.class);
        return bot.syncExec(() -> (ToolItem) item.getWidget());
    }

    /** Clicks a tool item asynchronously. */
    public void clickToolItem(String elementId) {
        ToolItem item = toolItem(elementId);
        bot.asyncRun(() -> item.notifyListeners(SWT.Selection, new Event()));
    }

    /** Closes the workbench as « Quitter » does and waits until the application has returned. */
    public Object close() {
        if (uiThread.isAlive()) {
            Display display = bot.display();
            if (!display.isDisposed()) {
                display.asyncExec(() -> window.getContext().get(IWorkbench.class).close());
            }
        }
        return awaitExit();
    }

    /** Waits until the application has returned (after « Quitter »), and gives its exit value. */
    public Object awaitExit() {
        try {
            uiThread.join(Bot.TIMEOUT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (uiThread.isAlive()) {
            throw new TimeoutException("The workbench did not stop"); //$NON-NLS-1$
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The workbench failed", failure.get()); //$NON-NLS-1$
        }
        return exit.get();
    }

    public boolean isRunning() {
        return uiThread.isAlive();
    }
}
