// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.bot;

/** Something a test waits for; evaluated on the UI thread, like SWTBot's {@code ICondition}. */
@FunctionalInterface
public interface Condition {

    boolean test() throws Exception;

    /** What the test waited for, for the timeout message. */
    default String description() {
        return toString();
    }

    static Condition of(String description, Condition c) {
        return new Condition() {
            @Override
            public boolean test() throws Exception {
                return c.test();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }
}
