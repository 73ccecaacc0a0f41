// SPDX-License-Identifier: EPL-2.0
package org.choral.ui.directory.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.directory.testdata.DirectoryGenerator;
import org.choral.ui.bot.Condition;
import org.choral.ui.directory.DirectoryView;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.junit.jupiter.api.Test;

/** « Annuaire Chorus Pro » in the real workbench: import, search, card, services, toolbar, topic. */
class DirectoryViewTest extends WorkbenchWithDirectory {

    private static final long SEED = 7;

    private Path xlsx(DirectoryGenerator g, String name) throws Exception {
        Path file = temp.resolve(name);
        g.writeXlsx(file);
        return file;
    }

    /** The first structure with services, some inactive, so that the toggle has something to hide. */
    private static int structureWithInactiveService(DirectoryGenerator g) {
        for (int i = 0; i < g.structureCount(); i++) {
            List<Service> services = g.structure(i).services();
            if (services.size() > 2 && services.stream().anyMatch(s -> !s.active())
                    && g.siret(i).startsWith("0")) {
                return i;
            }
        }
        for (int i = 0; i < g.structureCount(); i++) {
            if (g.structure(i).services().stream().anyMatch(s -> !s.active())) {
                return i;
            }
        }
        throw new IllegalStateException("no structure with an inactive service");
    }

    private static List<List<String>> rows(List<Service> services) {
        List<List<String>> rows = new ArrayList<>();
        for (Service s : services) {
            rows.add(List.of(s.code(), s.name(), s.active() ? "Oui" : "Non", s.engagementRequired() ? "Oui" : "Non"));
        }
        return rows;
    }

    @Test
    void importsThroughTheMenuThenShowsAStructuresFlagsAndServices() throws Exception {
        DirectoryGenerator g = new DirectoryGenerator(200, 600, SEED);
        view.importFiles(List.of(xlsx(g, "annuaire.xlsx")));

        DirectoryViewBot.ChangeSummaryBot summary = view.summary();
        assertEquals("Annuaire importé", summary.title());
        assertEquals("Fichier : annuaire.xlsx", summary.text("summary.file"));
        assertTrue(summary.text("summary.counts").startsWith("200 structures et 600 services importés"),
                summary.text("summary.counts"));
        assertEquals("Premier import : rien à comparer.", summary.text("summary.verdict"));
        summary.close();
        assertTrue(view.isActive(), "the import brings the view to the front");
        String status = view.waitForStatus("Annuaire « annuaire.xlsx » importé le");
        assertTrue(status.endsWith("200 structures, 600 services. Importé aujourd’hui."), status);
        assertEquals("", view.text("directory.stale"));

        int i = structureWithInactiveService(g);
        Structure expected = g.structure(i);
        // typed as printed on an invoice: grouped digits, the leading zero lost by a spreadsheet
        String typed = expected.siret().replaceFirst("^0", "").replaceAll("(\\d{3})(?=\\d)", "$1 ");
        view.typeSearch(typed);
        view.waitForCard(expected.name());
        assertEquals("SIRET " + expected.siret(), view.text("directory.card.siret"));
        assertEquals(List.of(List.of(expected.name(), expected.town(), expected.postalCode(), expected.siret())),
                view.results());
        assertEquals(expected.active() ? "Oui" : "Non", view.flag("StA"));
        assertEquals(expected.engagementRequired() ? "Oui" : "Non", view.flag("StGE"));
        assertEquals(expected.serviceRequired() ? "Oui" : "Non", view.flag("StGS"));
        assertEquals(expected.serviceOrEngagementRequired() ? "Oui" : "Non", view.flag("StGSE"));
        assertEquals("Numéro d’engagement obligatoire", view.flagMeaning("StGE"));
        assertEquals("Code service obligatoire", view.flagMeaning("StGS"));
        assertEquals("Code service ou numéro d’engagement obligatoire", view.flagMeaning("StGSE"));
        assertEquals(rows(expected.services()), view.services());

        view.toggleActiveOnly();
        List<Service> active = expected.services().stream().filter(Service::active).toList();
        view.bot().waitUntil(Condition.of("table filtered", () -> view.services().size() == active.size()));
        assertEquals(rows(active), view.services());
        view.bot().waitUntil(Condition.of("the toolbar toggle follows the view's", view::toolbarActiveOnly));
        assertEquals(active.size() + " service(s) affiché(s) sur " + expected.services().size() + ".",
                view.text("directory.services.count"));

        view.toggleActiveOnlyInToolbar();
        view.bot().waitUntil(Condition.of("all services again", () -> !view.activeOnly()
                && view.services().size() == expected.services().size()));

        String code = expected.services().get(expected.services().size() - 1).code();
        view.filterServices(code.toLowerCase());
        assertEquals(List.of(code), view.services().stream().map(r -> r.get(0)).toList());
    }

    @Test
    void resultsAsYouTypeByTownAndAnUnknownSiretIsSaid() throws Exception {
        DirectoryGenerator g = new DirectoryGenerator(120, 100, SEED);
        view.importFiles(List.of(xlsx(g, "annuaire.xlsx")));
        view.summary().close();

        Structure any = g.structure(3);
        view.typeSearch(any.town());
        view.bot().waitUntil(Condition.of("results by town", () -> !view.results().isEmpty()));
        assertTrue(view.results().stream().allMatch(r -> r.get(1).equals(any.town())), view.results().toString());
        assertTrue(view.results().stream().anyMatch(r -> r.get(3).equals(any.siret())));

        view.typeSearch("130 026 123 00179");
        view.waitForMessage("Le SIRET 13002612300179 n’est pas dans l’annuaire.");
        assertTrue(view.results().isEmpty());
    }

    @Test
    void secondImportShowsWhatChanged() throws Exception {
        view.importFiles(List.of(xlsx(new DirectoryGenerator(100, 50, SEED), "mars.xlsx")));
        view.summary().close();
        view.importFiles(List.of(xlsx(new DirectoryGenerator(130, 50, SEED), "avril.xlsx")));
        DirectoryViewBot.ChangeSummaryBot summary = view.summary();
        assertEquals("Changements depuis l’import précédent :", summary.text("summary.verdict"));
        assertEquals(30, summary.count("summary.structuresAdded"));
        assertEquals(0, summary.count("summary.structuresRemoved"));
        assertEquals(0, summary.count("summary.structuresDeactivated"));
        summary.close();
        view.waitForStatus("Annuaire « avril.xlsx »");
    }

    @Test
    void aFileThatIsNotADirectoryIsRefusedWithItsNameAndTheDirectoryStays() throws Exception {
        DirectoryGenerator g = new DirectoryGenerator(50, 20, SEED);
        view.importFiles(List.of(xlsx(g, "annuaire.xlsx")));
        view.summary().close();
        Path html = temp.resolve("erreur.xlsx");
        Files.writeString(html, "<!DOCTYPE html><html><body>Erreur 503</body></html>", StandardCharsets.UTF_8);
        view.importFiles(List.of(html));
        String error = view.importError();
        assertTrue(error.contains("erreur.xlsx"), error);
        assertTrue(error.endsWith("L’annuaire actuel est conservé."), error);
        view.typeSearch(g.siret(1));
        view.waitForCard(g.structure(1).name());
    }

    @Test
    void theShowTopicAndTheToolbarOpenTheViewOnASiret() throws Exception {
        DirectoryGenerator g = new DirectoryGenerator(60, 40, SEED);
        view.importFiles(List.of(xlsx(g, "annuaire.xlsx")));
        view.summary().close();
        MPart welcome = workbench.element("org.choral.ui.part.welcome", MPart.class);
        view.bot().syncRun(() -> workbench.window().getContext().get(EPartService.class).activate(welcome));
        assertFalse(view.isActive());

        Structure s = g.structure(9);
        IEventBroker broker = view.bot().syncExec(() -> workbench.application().getContext().get(IEventBroker.class));
        broker.post(DirectoryView.TOPIC_SHOW, s.siret().substring(0, 3) + " " + s.siret().substring(3));
        view.waitForCard(s.name());
        assertTrue(view.isActive());

        Structure t = g.structure(17);
        view.searchFromToolbar(t.siret());
        view.waitForCard(t.name());
        assertFalse(view.results().isEmpty());
    }
}
