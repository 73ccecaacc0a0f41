// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.choral.ui.WidgetKeys;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;

/**
 * The robot's core: runs code on the UI thread, waits on conditions, finds shells and widgets by
 * id, and sends the events a user's click or typing would. Called from the test thread, never
 * from the UI thread.
 */
public class Bot {

    /** Default wait, generous for a loaded CI machine; conditions usually hold in milliseconds. */
    public static final long TIMEOUT_MS = 20_000;
    private static final long POLL_MS = 20;

    private final Display display;

    public Bot(Display display) {
        this.display = display;
    }

    public Display display() {
        return display;
    }

    /** Runs {@code call} on the UI thread and returns its result; exceptions are rethrown here. */
    public <T> T syncExec(Callable<T> call) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(call.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) {
            Throwable t = failure.get();
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t);
        }
        return result.get();
    }

    public void syncRun(Runnable run) {
        syncExec(() -> {
            run.run();
            return null;
        });
    }

    /**
     * Runs {@code run} on the UI thread without waiting: a click that opens a modal dialog blocks
     * the UI thread in the dialog's event loop, so it must not be waited for.
     */
    public void asyncRun(Runnable run) {
        display.asyncExec(run);
    }

    /** Waits until {@code condition} holds on the UI thread, or fails with its description. */
    public void waitUntil(Condition condition, long timeoutMs) {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        Throwable last = null;
        while (System.nanoTime() < end) {
            try {
                if (Boolean.TRUE.equals(syncExec(condition::test))) {
                    return;
                }
                last = null;
            } catch (RuntimeException e) {
                last = e;
            }
            if (display.isDisposed()) {
                break;
            }
            try {
                Thread.sleep(POLL_MS); // polling interval of the wait loop, not a wait for the UI
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new TimeoutException("Timed out after " + timeoutMs + " ms waiting for: " + condition.description() //$NON-NLS-1$ //$NON-NLS-2$
                + (last == null ? "" : " (last error: " + last + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    public void waitUntil(Condition condition) {
        waitUntil(condition, TIMEOUT_MS);
    }

    /** The open shell with this id, waiting for it to appear. */
    public Shell shellWithId(String id) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil(Condition.of("shell " + id, () -> { //$NON-NLS-1$
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible() && id.equals(WidgetKeys.get(s))) {
                    found.set(s);
                    return true;
                }
            }
            return false;
        }));
        return found.get();
    }

    /** The first widget of {@code type} with this id under {@code root}, waiting for it. */
    public <W extends Widget> W widgetWithId(Composite root, Class<W> type, String id) {
        AtomicReference<W> found = new AtomicReference<>();
        waitUntil(Condition.of(type.getSimpleName() + " " + id, () -> { //$NON-NLS-1$
            W w = find(root, type, id);
            found.set(w);
            return w != null;
        }));
        return found.get();
    }

    /** The widget of {@code type} with this id in any open shell, waiting for it. */
    public <W extends Widget> W widgetWithId(Class<W> type, String id) {
        return widgetWithId(type, id, TIMEOUT_MS);
    }

    /** The same, waiting up to {@code timeoutMs} (a view that first waits on a long job). */
    public <W extends Widget> W widgetWithId(Class<W> type, String id, long timeoutMs) {
        AtomicReference<W> found = new AtomicReference<>();
        waitUntil(Condition.of(type.getSimpleName() + " " + id, () -> { //$NON-NLS-1$
            for (Shell s : display.getShells()) {
                W w = find(s, type, id);
                if (w != null) {
                    found.set(w);
                    return true;
                }
            }
            return false;
        }), timeoutMs);
        return found.get();
    }

    private static <W extends Widget> W find(Control root, Class<W> type, String id) {
        if (root.isDisposed()) {
            return null;
        }
        if (type.isInstance(root) && id.equals(WidgetKeys.get(root))) {
            return type.cast(root);
        }
        if (root instanceof Composite c) {
            for (Control child : c.getChildren()) {
                W w = find(child, type, id);
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }

    /** Every control under {@code root} (depth first), for assertions over a whole part. */
    public List<Control> descendants(Composite root) {
        return syncExec(() -> {
            List<Control> all = new ArrayList<>();
            collect(root, all);
            return all;
        });
    }

    private static void collect(Control c, List<Control> all) {
        all.add(c);
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                collect(child, all);
            }
        }
    }

    /** Text of a widget that has one (label, button, text, link, shell…). */
    public String text(Widget w) {
        return syncExec(() -> {
            try {
                return (String) w.getClass().getMethod("getText").invoke(w); //$NON-NLS-1$
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(w + " has no text", e); //$NON-NLS-1$
            }
        });
    }

    /** The cells of every row of a table, in the order shown. */
    public List<List<String>> rows(Table table) {
        return syncExec(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    /** The column titles of a table. */
    public List<String> headers(Table table) {
        return syncExec(() -> Arrays.stream(table.getColumns()).map(TableColumn::getText).toList());
    }

    /** Selects these rows of a table as a click (with Ctrl for more than one) does. */
    public void selectRows(Table table, int... indices) {
        syncRun(() -> {
            table.setSelection(indices);
            table.notifyListeners(SWT.Selection, new Event());
        });
    }

    /**
     * Saves what {@code shell} shows on the screen as a PNG: a picture of a test's end state for
     * people to look at (it asserts nothing).
     */
    public void capture(Shell shell, Path png) throws IOException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        syncRun(() -> {
            shell.redraw();
            shell.update();
            Rectangle r = shell.getBounds();
            Image image = new Image(display, r.width, r.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, r.x, r.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                loader.save(png.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    /** Clicks a button as a user would: asynchronously, since it may open a modal dialog. */
    public void click(Button button) {
        asyncRun(() -> {
            if (!button.isDisposed()) {
                if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
                    button.setSelection(!button.getSelection());
                }
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** Waits until {@code shell} is closed. */
    public void waitUntilClosed(Shell shell) {
        waitUntil(Condition.of("shell closed", shell::isDisposed)); //$NON-NLS-1$
    }
}
