// SPDX-License-Identifier: EPL-2.0
package org.choral.directory.internal.read;

import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.directory.SkippedRows;
import org.eclipse.osgi.util.NLS;

/** Counts what an import read and left out, keeping the first skipped rows as examples. */
public final class ImportTally {

    /** How many skipped rows are described in the report. */
    static final int MAX_EXAMPLES = 20;

    private int structures;
    private int services;
    private int invalidSiret;
    private int notSiret;
    private int duplicates;
    private int invalidValues;
    private int orphanServices;
    private final List<String> examples = new ArrayList<>();

    public int structures() {
        return structures;
    }

    public int services() {
        return services;
    }

    void structureRead() {
        structures++;
    }

    void serviceRead() {
        services++;
    }

    void invalidSiret(String template, Object... args) {
        invalidSiret++;
        example(template, args);
    }

    void notSiret() {
        notSiret++;
    }

    void duplicate(String template, Object... args) {
        duplicates++;
        example(template, args);
    }

    void invalidValue(String template, Object... args) {
        invalidValues++;
        example(template, args);
    }

    void orphanService(String template, Object... args) {
        orphanServices++;
        example(template, args);
    }

    private void example(String template, Object... args) {
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(NLS.bind(template, args));
        }
    }

    public SkippedRows skipped() {
        return new SkippedRows(invalidSiret, notSiret, duplicates, invalidValues, orphanServices, examples);
    }
}
