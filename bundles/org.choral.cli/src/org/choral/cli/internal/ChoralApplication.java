// SPDX-License-Identifier: EPL-2.0
package org.choral.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.ProductVersion;
import org.choral.core.api.command.CommandVerb;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless application behind {@code choral}: hands the arguments to the {@link Dispatcher}
 * with the verbs that bundles registered as {@link CommandVerb} services, and returns its exit
 * code (the launcher makes it the process's).
 */
public class ChoralApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        BundleContext bundleContext = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceTracker<CommandVerb, CommandVerb> verbs = new ServiceTracker<>(bundleContext, CommandVerb.class, null);
        verbs.open();
        try {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
            Dispatcher dispatcher = new Dispatcher(() -> {
                List<CommandVerb> list = new ArrayList<>();
                CommandVerb[] found = verbs.getServices(new CommandVerb[0]);
                if (found != null) {
                    list.addAll(List.of(found));
                }
                return list;
            }, ProductVersion.current(), System.getenv());
            int code = dispatcher.run(args == null ? List.of() : List.of(args), out, err);
            out.flush();
            err.flush();
            return Integer.valueOf(code);
        } finally {
            verbs.close();
        }
    }

    @Override
    public void stop() {
        // A verb is never interrupted from outside: it ends with the process.
    }
}
