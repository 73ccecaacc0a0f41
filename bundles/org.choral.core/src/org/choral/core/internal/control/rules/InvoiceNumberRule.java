// SPDX-License-Identifier: EPL-2.0
package org.choral.core.internal.control.rules;

import java.util.function.Consumer;

import org.choral.core.api.control.Anomaly;
import org.choral.core.api.control.AnomalyCodes;
import org.choral.core.api.control.ControlRule;
import org.choral.core.api.control.ControlSubject;
import org.choral.core.internal.i18n.Messages;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;

/**
 * INVOICE_NUMBER_INVALID (empty, over 35 characters, characters outside letters, digits and
 * {@code -+_/}: EN 16931 rule BR-FR-01) and the INVOICE_NUMBER_LONG warning past 20 characters.
 */
@Component(service = ControlRule.class)
public final class InvoiceNumberRule implements ControlRule {

    static final String FIELD = "numero_facture"; //$NON-NLS-1$
    private static final int MAX = 35;
    private static final int SAFE = 20;

    @Override
    public void check(ControlSubject subject, Consumer<Anomaly> anomalies) {
        String number = subject.invoice().number();
        if (Texts.isBlank(number)) {
            anomalies.accept(Anomaly.error(AnomalyCodes.INVOICE_NUMBER_INVALID, Messages.Control_numberEmpty, FIELD));
            return;
        }
        if (number.length() > MAX) {
            anomalies.accept(Anomaly.error(AnomalyCodes.INVOICE_NUMBER_INVALID,
                    NLS.bind(Messages.Control_numberTooLong, number, number.length()), FIELD));
        }
        String refused = refusedCharacters(number);
        if (!refused.isEmpty()) {
            anomalies.accept(Anomaly.error(AnomalyCodes.INVOICE_NUMBER_INVALID,
                    NLS.bind(Messages.Control_numberCharacters, number, refused), FIELD));
        }
        if (number.length() > SAFE && number.length() <= MAX) {
            anomalies.accept(Anomaly.warning(AnomalyCodes.INVOICE_NUMBER_LONG,
                    NLS.bind(Messages.Control_numberLong, number, number.length()), FIELD));
        }
    }

    /** The refused characters, each once, quoted; spaces shown as such. */
    private static String refusedCharacters(String number) {
        StringBuilder b = new StringBuilder();
        number.codePoints().distinct().filter(c -> !allowed(c)).forEach(c -> {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append('\u00ab').append(c == ' ' ? "espace" : new String(Character.toChars(c))).append('\u00bb'); //$NON-NLS-1$
        });
        return b.toString();
    }

    // Letters of the basic Latin alphabet only: accented letters are refused by Chorus's syntax check.
    private static boolean allowed(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '+'
                || c == '_' || c == '/';
    }
}
