// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.util.List;

import org.choral.core.api.control.ControlRule;

/** Every built-in rule, for use outside OSGi (benchmark, plain tests); in OSGi they are services. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    public static List<ControlRule> all() {
        return List.of(new InputRule(), new InvoiceNumberRule(), new DuplicateRule(), new SiretRule(),
                new StructureRule(), new ServiceRequiredRule(), new ServiceCodeRule(), new EngagementRequiredRule(),
                new ServiceOrEngagementRule(), new EngagementLengthRule(), new PdfRule(), new AttachmentRule(),
                new FrameworkRule(), new AmountsRule(), new DateRule());
    }
}
