// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.demo.internal;

import java.util.Arrays;
import java.util.Map;

/** Whether the workbench was started for the demo: {@code -demo} on its command line or {@code CHORAL_DEMO=1}. */
public final class DemoMode {

    public static final String ARGUMENT = "-demo"; //$NON-NLS-1$
    public static final String ENV = "CHORAL_DEMO"; //$NON-NLS-1$

    private DemoMode() {
    }

    public static boolean requested(String[] applicationArgs, Map<String, String> env) {
        String flag = env.get(ENV);
        return Arrays.asList(applicationArgs).contains(ARGUMENT)
                || flag != null && (flag.equals("1") || flag.equalsIgnoreCase("true")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
