// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.settings.internal.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.choral.settings.api.FieldProblem;
import org.choral.ui.WidgetKeys;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A two-column form whose fields each have a red message line below them, shown while the
 * value is refused. Widget ids are {@code prefix + field} and {@code prefix + field + ".error"}.
 */
final class Form {

    private final Composite body;
    private final String prefix;
    private final Map<String, Label> errors = new HashMap<>();

    Form(Composite parent, String prefix) {
        this.prefix = prefix;
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
    }

    Composite body() {
        return body;
    }

    Text text(String field, String label, int style) {
        Text t = new Text(body, SWT.BORDER | SWT.SINGLE | style);
        add(field, label, t);
        return t;
    }

    /** Adds {@code control} (created on {@link #body()}) under {@code label}, with its message line. */
    <C extends Control> C add(String field, String label, C control) {
        Label l = new Label(body, SWT.NONE);
        l.setText(label);
        l.moveAbove(control);
        WidgetKeys.set(control, prefix + field);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(control);
        new Label(body, SWT.NONE);
        Label error = WidgetKeys.set(new Label(body, SWT.WRAP), prefix + field + ".error"); //$NON-NLS-1$
        error.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).exclude(true).applyTo(error);
        error.setVisible(false);
        errors.put(field, error);
        return control;
    }

    void section(String title) {
        Label l = new Label(body, SWT.NONE);
        l.setText(title);
        l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(l);
    }

    /** Shows each field's first problem below it and hides the others' lines. */
    void show(List<FieldProblem> problems) {
        Map<String, String> first = new HashMap<>();
        for (FieldProblem p : problems) {
            first.putIfAbsent(p.field(), p.message());
        }
        errors.forEach((field, label) -> {
            String message = first.get(field);
            boolean visible = message != null;
            label.setText(visible ? message : ""); //$NON-NLS-1$
            label.setVisible(visible);
            ((org.eclipse.swt.layout.GridData) label.getLayoutData()).exclude = !visible;
        });
        body.layout(true, true);
    }
}
