// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.choral.connector.chorus.internal.http.ApiClient;
import org.choral.connector.chorus.internal.i18n.Messages;
import org.choral.core.api.Siret;
import org.choral.core.api.directory.Service;
import org.choral.core.api.directory.Structure;
import org.choral.core.api.portal.DirectoryDownload;
import org.choral.core.api.portal.PortalException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.slf4j.Logger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The directory side of Chorus Pro: one structure with its parameters and services, and the whole directory. */
final class Structures {

    static final String SEARCH = "/cpro/structures/v1/rechercher"; //$NON-NLS-1$
    static final String CONSULT = "/cpro/structures/v1/consulter"; //$NON-NLS-1$
    static final String SERVICES = "/cpro/structures/v1/rechercher/services"; //$NON-NLS-1$
    static final String SERVICE = "/cpro/structures/v1/consulter/service"; //$NON-NLS-1$
    static final String DOWNLOAD = "/cpro/transverses/v1/telecharger/annuaire/destinataire"; //$NON-NLS-1$

    private final ApiClient api;
    private final Tuning tuning;
    private final Logger log;
    private final Clock clock;

    Structures(ApiClient api, Tuning tuning, Logger log, Clock clock) {
        this.api = api;
        this.tuning = tuning;
        this.log = log;
        this.clock = clock;
    }

    /** rechercher → consulter → every page of rechercher/services → consulter/service for each. */
    Optional<Structure> lookup(String raw, IProgressMonitor monitor) throws PortalException {
        String siret = Siret.normalize(raw);
        if (siret == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_badSiret, raw));
        }
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Lookup_task, siret), 3);
        ObjectNode query = api.json().createObjectNode();
        query.putObject("structure").put("identifiantStructure", siret).put("typeIdentifiantStructure", "SIRET"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        query.put("restreindreStructuresPrivees", false); //$NON-NLS-1$
        query.putObject("parametres").put("nbResultatsParPage", 10).put("pageResultatDemandee", 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        JsonNode found = null;
        for (JsonNode s : Values.list(api.call(SEARCH, query), "listeStructures")) { //$NON-NLS-1$
            if (siret.equals(Siret.normalize(Values.text(s, "identifiantStructure")))) { //$NON-NLS-1$
                found = s;
            }
        }
        progress.split(1);
        if (found == null) {
            return Optional.empty();
        }
        long id = found.path("idStructureCPP").asLong(); //$NON-NLS-1$
        JsonNode card = consult(id);
        progress.split(1);
        JsonNode general = card.path("informationGenerales"); //$NON-NLS-1$
        warnAboutPassword(Values.date(general, "dateExpirationMotPasseCompteTech")); //$NON-NLS-1$
        List<Service> services = services(id, siret, progress.split(1));
        JsonNode params = card.path("parametres"); //$NON-NLS-1$
        JsonNode address = card.path("adressePostale"); //$NON-NLS-1$
        String name = Values.text(found, "designationStructure"); //$NON-NLS-1$
        if (name == null) {
            name = Values.text(general, "raisonSociale"); //$NON-NLS-1$
        }
        String status = Values.text(found, "statut"); //$NON-NLS-1$
        if (status == null) {
            status = Values.text(general, "statut"); //$NON-NLS-1$
        }
        return Optional.of(new Structure(siret, name, "ACTIVE".equalsIgnoreCase(status), //$NON-NLS-1$
                Values.flag(params, "numeroEJDoitEtreRenseigne"), //$NON-NLS-1$
                Values.flag(params, "codeServiceDoitEtreRenseigne"), //$NON-NLS-1$
                Values.flag(params, "gestionNumeroEJOuCodeService"), //$NON-NLS-1$
                !Values.flag(params, "statutMiseEnPaiementNestPasRemonte"), //$NON-NLS-1$
                Values.text(address, "adresse"), Values.text(address, "codePostal"), Values.text(address, "ville"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Values.text(address, "codePays"), services)); //$NON-NLS-1$
    }

    private JsonNode consult(long id) throws PortalException {
        return api.call(CONSULT, api.json().createObjectNode().put("idStructureCPP", id).put("codeLangue", "fr")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The technical password's expiry date as {@code consulter} gives it for a structure. */
    LocalDate passwordExpiry(String structureId) throws PortalException {
        long id;
        try {
            id = Long.parseLong(structureId);
        } catch (NumberFormatException e) {
            return null;
        }
        return Values.date(consult(id).path("informationGenerales"), "dateExpirationMotPasseCompteTech"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void warnAboutPassword(LocalDate expiry) {
        PasswordExpiry.warning(expiry, LocalDate.now(clock.withZone(Values.PARIS))).ifPresent(log::warn);
    }

    private List<Service> services(long id, String siret, IProgressMonitor monitor) throws PortalException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        List<JsonNode> listed = new ArrayList<>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            checkCanceled(progress);
            ObjectNode body = api.json().createObjectNode().put("idStructure", id); //$NON-NLS-1$
            body.putObject("parametresRechercherServicesStructure").put("nbResultatsParPage", tuning.pageSize()) //$NON-NLS-1$ //$NON-NLS-2$
                    .put("pageResultatDemandee", page); //$NON-NLS-1$
            JsonNode a = api.call(SERVICES, body);
            int before = listed.size();
            Values.list(a, "listeServices").forEach(listed::add); //$NON-NLS-1$
            pages = a.path("parametresRetour").path("pages").asInt(page); //$NON-NLS-1$ //$NON-NLS-2$
            if (listed.size() == before) {
                break;
            }
        }
        progress.setWorkRemaining(Math.max(1, listed.size()));
        List<Service> services = new ArrayList<>();
        for (JsonNode s : listed) {
            checkCanceled(progress);
            // the engagement flag (SvGE) is only on the service's own card
            JsonNode card = api.call(SERVICE, api.json().createObjectNode().put("idStructure", id) //$NON-NLS-1$
                    .put("idService", s.path("idService").asLong()).put("codeLangue", "fr")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            services.add(new Service(siret, Values.text(s, "codeService"), Values.text(s, "libelleService"), //$NON-NLS-1$ //$NON-NLS-2$
                    Values.flag(s, "estActif"), Values.flag(card.path("parametres"), "numeroEngagement"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            progress.split(1);
        }
        services.sort(Comparator.comparing(Service::code, Comparator.nullsFirst(Comparator.naturalOrder())));
        return services;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /**
     * Streams {@code fichierResultat} (base64 of a ZIP, tens of megabytes) into a temporary file next
     * to the target, then renames it: the folder holds the whole directory or nothing new.
     */
    DirectoryDownload download(Path folder, IProgressMonitor monitor) throws PortalException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Download_task, 2);
        Path target = folder.resolve("chorus-annuaire-" + LocalDate.now(clock.withZone(Values.PARIS)) + ".zip"); //$NON-NLS-1$ //$NON-NLS-2$
        Path partial;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, ".chorus-annuaire-", ".part"); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_folder, folder, e.getMessage()), e);
        }
        boolean done = false;
        try {
            long bytes = api.stream(DOWNLOAD, api.json().createObjectNode(), in -> copyResult(in, partial));
            progress.split(1);
            if (bytes <= 0) {
                throw new PortalException.Protocol(NLS.bind(Messages.Error_missingField, DOWNLOAD, "fichierResultat"), //$NON-NLS-1$
                        null);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            done = true;
            progress.split(1);
            log.info("Directory downloaded: {} bytes", bytes); //$NON-NLS-1$
            return new DirectoryDownload(target, bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Error_folder, folder, e.getMessage()), e);
        } finally {
            if (!done) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", partial, e.getMessage()); //$NON-NLS-1$
                }
            }
        }
    }

    /** Decodes {@code fichierResultat} into {@code file} as it arrives; a non-zero codeRetour is a refusal. */
    private long copyResult(InputStream in, Path file) throws IOException {
        long bytes = 0;
        String code = null;
        String libelle = null;
        try (JsonParser p = api.json().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(Messages.Error_notAnObject);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("fichierResultat".equals(field) && value == JsonToken.VALUE_STRING) { //$NON-NLS-1$
                    try (OutputStream out = Files.newOutputStream(file)) {
                        bytes = p.readBinaryValue(out);
                    }
                } else if ("codeRetour".equals(field)) { //$NON-NLS-1$
                    code = p.getValueAsString();
                } else if ("libelle".equals(field)) { //$NON-NLS-1$
                    libelle = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
            }
        }
        if (code != null && !"0".equals(code.trim())) { //$NON-NLS-1$
            throw new IOException("codeRetour " + code + " : " + libelle); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return bytes;
    }
}
