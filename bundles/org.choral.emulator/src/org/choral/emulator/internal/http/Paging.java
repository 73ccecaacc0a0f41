// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import java.util.List;

import org.choral.emulator.internal.i18n.PortalTexts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The paging object of a search ({@code nbResultatsParPage}, {@code pageResultatDemandee}, 1-based)
 * and the {@code parametresRetour} that answers it ({@code total}, {@code pageCourante},
 * {@code pages}, {@code nbResultatsParPage}).
 */
public record Paging(int pageSize, int page) {

    static final int MAX_PAGE_SIZE = 1000;

    public static Paging of(JsonNode node, int defaultSize) throws ApiError {
        int size = node.path("nbResultatsParPage").asInt(0); //$NON-NLS-1$
        int page = node.path("pageResultatDemandee").asInt(1); //$NON-NLS-1$
        if (size <= 0) {
            size = defaultSize;
        }
        if (size > MAX_PAGE_SIZE || page < 1) {
            throw ApiError.badRequest(Codes.BAD_PAGING, PortalTexts.Api_badPaging);
        }
        return new Paging(size, page);
    }

    /** This page of {@code all}. */
    public <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * pageSize;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }

    public void answer(ObjectNode out, int total) {
        ObjectNode p = out.putObject("parametresRetour"); //$NON-NLS-1$
        p.put("total", total); //$NON-NLS-1$
        p.put("pageCourante", page); //$NON-NLS-1$
        p.put("pages", total == 0 ? 0 : (total + pageSize - 1) / pageSize); //$NON-NLS-1$
        p.put("nbResultatsParPage", pageSize); //$NON-NLS-1$
    }
}
