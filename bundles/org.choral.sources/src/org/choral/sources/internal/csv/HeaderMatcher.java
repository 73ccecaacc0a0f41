// SPDX-License-Identifier: EPL-2.0
package org.choral.sources.internal.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Suggests which ERP header holds which canonical column. Headers and names are compared without
 * case, accents, spaces or punctuation (« N° pièce » is {@code npiece}), first against the
 * canonical name, then against the names French ERPs and Excel sheets commonly use, then as a
 * header that contains one of those names (« Total HT EUR »). Each header is given to one column
 * only, the surest matches first.
 */
public final class HeaderMatcher {

    private static final int EXACT = 3;
    private static final int SYNONYM = 2;
    private static final int CONTAINS = 1;
    /** Shorter names inside a header are too often an accident (« ht » in « achat »). */
    private static final int MIN_CONTAINED = 5;

    private HeaderMatcher() {
    }

    /** What {@code header} is compared as: lower case, no accents, letters and digits only. */
    public static String normalize(String header) {
        String decomposed = Normalizer.normalize(header, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private record Candidate(String canonical, int order, String header, int score) {
    }

    /**
     * Canonical column → header of {@code headers}, for the columns a header was found for.
     * {@code kept} entries whose header exists are kept as they are (a saved mapping wins).
     */
    public static Map<String, String> suggest(List<String> canonical, List<String> headers, Map<String, String> kept) {
        Map<String, String> result = new LinkedHashMap<>();
        Set<String> usedHeaders = new HashSet<>();
        for (String name : canonical) {
            String h = kept.get(name);
            String actual = h == null ? null : find(headers, h);
            if (actual != null && usedHeaders.add(normalize(actual))) {
                result.put(name, actual);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            String name = canonical.get(i);
            if (result.containsKey(name)) {
                continue;
            }
            for (String header : headers) {
                int score = score(name, normalize(header));
                if (score > 0) {
                    candidates.add(new Candidate(name, i, header, score));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::order));
        for (Candidate c : candidates) {
            if (!result.containsKey(c.canonical()) && !usedHeaders.contains(normalize(c.header()))) {
                result.put(c.canonical(), c.header());
                usedHeaders.add(normalize(c.header()));
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String name : canonical) {
            if (result.containsKey(name)) {
                ordered.put(name, result.get(name));
            }
        }
        return ordered;
    }

    /** The header of {@code headers} that reads as {@code wanted} trimmed and case-insensitively. */
    public static String find(List<String> headers, String wanted) {
        for (String h : headers) {
            if (h.strip().equalsIgnoreCase(wanted.strip())) {
                return h;
            }
        }
        return null;
    }

    static int score(String canonical, String header) {
        if (header.isEmpty()) {
            return 0;
        }
        if (header.equals(normalize(canonical))) {
            return EXACT;
        }
        List<String> names = Synonyms.of(canonical);
        if (names.contains(header)) {
            return SYNONYM;
        }
        for (String n : names) {
            if (n.length() >= MIN_CONTAINED && header.contains(n)) {
                return CONTAINS;
            }
        }
        return 0;
    }
}
