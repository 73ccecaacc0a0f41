// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.internal.parts;

import org.choral.ui.directory.internal.i18n.Messages;

/** « Oui » / « Non », as the flags read in the reference tool's columns. */
final class YesNo {

    private YesNo() {
    }

    static String of(boolean value) {
        return value ? Messages.Card_yes : Messages.Card_no;
    }
}
