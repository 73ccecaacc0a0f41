// SPDX-License-Identifier: EPL-2.0
package org.choral.core.api.flux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The company file the wizard reads when the « Entreprise » settings are not there. */
class SupplierFileTest {

    @TempDir
    Path dir;

    @Test
    void readsTheCommandLineLayoutInUtf8() throws IOException {
        Path f = Files.writeString(dir.resolve("entreprise.properties"), """
                siret=130 026 123 00179
                nom=Société Générale d'Édition
                iban=FR76 3000 6000 0112 3456 7890 189
                ville=Évry
                pays=fr
                """);
        Supplier s = SupplierFile.read(f);
        assertEquals("Société Générale d'Édition", s.name());
        assertEquals("FR7630006000011234567890189", s.iban());
        assertEquals("Évry", s.town());
        assertEquals("FR", s.country());
    }

    @Test
    void refusesAnUnknownKeyAndABadCountryNamingTheFile() throws IOException {
        Path typo = Files.writeString(dir.resolve("typo.properties"), "siert=13002612300179\n");
        IOException e = assertThrows(IOException.class, () -> SupplierFile.read(typo));
        assertTrue(e.getMessage().contains("typo.properties") && e.getMessage().contains("« siert »"), e.getMessage());
        Path country = Files.writeString(dir.resolve("pays.properties"), "pays=France\n");
        e = assertThrows(IOException.class, () -> SupplierFile.read(country));
        assertTrue(e.getMessage().contains("« France »"), e.getMessage());
        e = assertThrows(IOException.class, () -> SupplierFile.read(dir.resolve("absent.properties")));
        assertTrue(e.getMessage().contains("absent.properties"), e.getMessage());
    }
}
