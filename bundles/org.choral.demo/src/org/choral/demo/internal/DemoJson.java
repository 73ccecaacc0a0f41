// SPDX-License-Identifier: EPL-2.0
package org.choral.demo.internal;

import java.nio.file.Path;

import org.choral.demo.api.DemoReport;

/** {@code choral demo --json}: one object, written by hand to keep this bundle free of a JSON library. */
final class DemoJson {

    private DemoJson() {
    }

    static String of(DemoReport r) {
        return "{\"dataFolder\":" + str(r.dataFolder()) + ",\"created\":" + r.created() //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"structures\":" + r.structures() + ",\"services\":" + r.services() //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"invoices\":" + r.invoices() + ",\"export\":" + str(r.export()) //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"pdfFolder\":" + str(r.pdfFolder()) + ",\"directoryFiles\":[" + str(r.structuresFile()) + ',' //$NON-NLS-1$ //$NON-NLS-2$
                + str(r.servicesFile()) + "],\"supplierFile\":" + str(r.supplierFile()) //$NON-NLS-1$
                + ",\"supplierSiret\":" + str(r.supplierSiret()) + ",\"environment\":\"EMULATOR\"" //$NON-NLS-1$ //$NON-NLS-2$
                + ",\"emulatorSpeed\":" + r.emulatorSpeed() + '}'; //$NON-NLS-1$
    }

    private static String str(Object value) {
        String s = value instanceof Path p ? p.toString() : String.valueOf(value);
        StringBuilder b = new StringBuilder("\""); //$NON-NLS-1$
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\""); //$NON-NLS-1$
                case '\\' -> b.append("\\\\"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", Integer.valueOf(c))); //$NON-NLS-1$
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
