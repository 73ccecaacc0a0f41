// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.ControlReport;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlService;
import org.choral.core.internal.control.rules.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/** The control and its rules are DS services, and a rule registered later is applied. */
class ControlServicesTest {

    @Test
    void controlServiceAppliesEveryRegisteredRuleIncludingAPluginOne() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(ControlServicesTest.class).getBundleContext();
        FrameworkUtil.getBundle(DefaultControlService.class).start();
        ServiceReference<ControlService> ref = context.getServiceReference(ControlService.class);
        assertNotNull(ref, "ControlService is registered by DS"); //$NON-NLS-1$
        assertTrue(context.getServiceReferences(ControlRule.class, null).size() >= BuiltInRules.all().size());
        ServiceRegistration<ControlRule> plugin = context.registerService(ControlRule.class,
                (subject, sink) -> sink.accept(Anomaly.warning("PLUGIN_RULE", "règle d'un plugin", null)), null); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            ControlService control = context.getService(ref);
            var b = new Fixtures.InvoiceBuilder(null);
            ControlReport report = control.check(List.of(b.build()),
                    new InMemoryDirectory(Instant.now(), List.of()), null);
            List<String> codes = report.results().get(0).anomalies().stream().map(Anomaly::code).toList();
            assertTrue(codes.contains("PLUGIN_RULE"), codes.toString()); //$NON-NLS-1$
            assertTrue(codes.contains("PDF_MISSING"), codes.toString()); //$NON-NLS-1$
            assertEquals(1, codes.stream().filter("PDF_MISSING"::equals).count(), "each rule once"); //$NON-NLS-1$ //$NON-NLS-2$
            context.ungetService(ref);
        } finally {
            plugin.unregister();
        }
    }
}
