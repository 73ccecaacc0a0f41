// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void normalizeRemovesSeparatorsAndRestoresLeadingZeros() {
        assertEquals("13002612300179", Siret.normalize("130 026 123 00179"));
        assertEquals("13002612300179", Siret.normalize("130.026.123-00179"));
        assertEquals("01234567800012", Siret.normalize("1234567800012"));
        assertNull(Siret.normalize(""));
        assertNull(Siret.normalize("12A"));
        assertNull(Siret.normalize("123456789012345"));
    }

    @Test
    void luhnCheck() {
        assertTrue(Siret.isValid("13002612300179"));
        assertTrue(Siret.isValid("21910377700013"));
        assertFalse(Siret.isValid("13002612300178"));
        assertFalse(Siret.isValid("1300261230017"));
    }

    @Test
    void laPosteSiretsPassWhenTheirDigitSumIsAMultipleOfFive() {
        // 3+5+6+0+0+0+0+0+0+0+0+0+2+4 = 20
        assertTrue(Siret.isValid("35600000000024"));
        assertFalse(Siret.isValid("35600000000023"));
    }
}
