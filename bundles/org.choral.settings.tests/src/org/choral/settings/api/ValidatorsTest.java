// SPDX-License-Identifier: EPL-2.0
package org.choral.settings.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorsTest {

    static final CompanySettings VALID = new CompanySettings("732 829 320 00074", "Exemple SA", "FR44732829320",
            "1 rue de la Paix", "75002", "Paris", "FR", "FR76 3000 6000 0112 3456 7890 189", "BNPAFRPPXXX");

    @Test
    void aCompleteFrenchCompanyIsValid() {
        assertEquals(List.of(), CompanyValidator.validate(VALID));
    }

    @Test
    void onlySiretAndNameAreRequired() {
        List<FieldProblem> p = CompanyValidator.validate(CompanySettings.empty());
        assertEquals(List.of(CompanySettings.SIRET, CompanySettings.NAME), p.stream().map(FieldProblem::field).toList());
        assertTrue(p.get(0).message().startsWith("Le SIRET de l’entreprise est obligatoire"), p.get(0).message());
    }

    @ParameterizedTest
    @CsvSource({ "73282932000075, siret, 'Le SIRET « 73282932000075 » est invalide : sa clé de contrôle (Luhn)'",
            "7328293200007, siret, 'Le SIRET « 7328293200007 » doit compter 14 chiffres'",
            "7328293200007A, siret, 'doit compter 14 chiffres'" })
    void siretProblemsAreFrench(String siret, String field, String expected) {
        FieldProblem p = only(with(siret, VALID.vatNumber(), VALID.iban(), VALID.bic()));
        assertEquals(field, p.field());
        assertTrue(p.message().contains(expected), p.message());
    }

    @ParameterizedTest
    @CsvSource({ "FR45732829320, 'Le numéro de TVA « FR45732829320 » est invalide : pour ce SIREN la clé doit être 44.'",
            "FR4473282932, 'doit s’écrire FR, une clé de 2 caractères puis le SIREN'",
            "FR44732829321, 'contient un SIREN invalide'",
            "FR96552100554, 'porte le SIREN 552100554 alors que le SIRET de l’entreprise commence par 732829320'",
            "X1, 'doit commencer par le code du pays'" })
    void vatProblemsAreFrench(String vat, String expected) {
        FieldProblem p = only(with(VALID.siret(), vat, VALID.iban(), VALID.bic()));
        assertEquals(CompanySettings.VAT, p.field());
        assertTrue(p.message().contains(expected), p.message());
    }

    @Test
    void frenchVatKeyAndForeignNumbers() {
        assertEquals(44, VatNumber.frenchKey("732829320"));
        assertNull(VatNumber.check("FR44732829320"));
        assertNull(VatNumber.check("DE123456789"));
        assertEquals(VatNumber.Problem.KEY, VatNumber.check("FR00732829320"));
    }

    @ParameterizedTest
    @CsvSource({ "FR7630006000011234567890188, 'clé de contrôle (modulo 97) ne correspond pas'",
            "FR763000600001123456789018, 'un IBAN FR compte 27 caractères, celui-ci en a 26'",
            "7630006000011234567890189, 'doit commencer par le code du pays'" })
    void ibanProblemsAreFrench(String iban, String expected) {
        FieldProblem p = only(with(VALID.siret(), VALID.vatNumber(), iban, VALID.bic()));
        assertEquals(CompanySettings.IBAN, p.field());
        assertTrue(p.message().contains(expected), p.message());
    }

    @Test
    void ibanChecksumAcceptsLowerCaseAndSpaces() {
        assertNull(Iban.check(Iban.normalize("fr76 3000 6000 0112 3456 7890 189")));
        assertNull(Iban.check(Iban.normalize("DE89 3704 0044 0532 0130 00")));
        assertEquals(Iban.Problem.CHECKSUM, Iban.check("DE89370400440532013001"));
    }

    @Test
    void bicCountryAndPostalCode() {
        assertTrue(Bic.isValid("BNPAFRPP"));
        assertEquals(CompanySettings.BIC, only(with(VALID.siret(), VALID.vatNumber(), VALID.iban(), "BNPAZZPP")).field());
        CompanySettings badPostal = new CompanySettings(VALID.siret(), "X", "", "", "7500", "Paris", "FR", "", "");
        assertEquals("Le code postal « 7500 » doit compter 5 chiffres pour une adresse en France.",
                only(badPostal).message());
        CompanySettings badCountry = new CompanySettings(VALID.siret(), "X", "", "", "", "", "France", "", "");
        assertEquals(CompanySettings.COUNTRY, only(badCountry).field());
    }

    @Test
    void chorusDefaultsAreValidAndCustomNeedsUrls() {
        assertEquals(List.of(), ChorusValidator.validate(ChorusSettings.defaults()));
        assertEquals(1000, ChorusSettings.defaults().pauseMillis());
        ChorusSettings custom = new ChorusSettings(ChorusEnvironment.CUSTOM, "ftp://x", "", "", "", "", "", -1,
                new HttpProxy("proxy.local", 0, "", ""));
        assertEquals(List.of(ChorusSettings.API_URL, ChorusSettings.TOKEN_URL, ChorusSettings.PAUSE,
                ChorusSettings.PROXY_PORT), ChorusValidator.validate(custom).stream().map(FieldProblem::field).toList());
        ChorusSettings prod = new ChorusSettings(ChorusEnvironment.PRODUCTION, "http://ignored", "", "", "", "", "",
                0, new HttpProxy("", 0, "u", "p"));
        assertEquals("https://api.piste.gouv.fr", prod.apiUrl());
        assertEquals(ChorusSettings.PROXY_HOST, ChorusValidator.validate(prod).get(0).field());
    }

    @Test
    void toStringNeverShowsSecrets() {
        ChorusSettings s = new ChorusSettings(ChorusEnvironment.QUALIFICATION, "", "", "id", "S3cr3t", "login",
                "Passw0rd", 1000, new HttpProxy("p", 8080, "u", "Pr0xy"));
        String text = s.toString();
        assertTrue(!text.contains("S3cr3t") && !text.contains("Passw0rd") && !text.contains("Pr0xy"), text);
        assertTrue(text.contains(Secrets.MASK), text);
    }

    private static CompanySettings with(String siret, String vat, String iban, String bic) {
        return new CompanySettings(siret, "Exemple SA", vat, "", "75002", "Paris", "FR", iban, bic);
    }

    private static FieldProblem only(CompanySettings c) {
        List<FieldProblem> p = CompanyValidator.validate(c);
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }
}
