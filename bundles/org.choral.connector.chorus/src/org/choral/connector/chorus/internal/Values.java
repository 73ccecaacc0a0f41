// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Tolerant reading of the API's JSON: a missing field is {@code null}, booleans may come as
 * {@code "true"}/{@code "OUI"}/1, dates as {@code yyyy-MM-dd}, a date-time, or epoch milliseconds.
 */
final class Values {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris"); //$NON-NLS-1$

    private Values() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? null : v.asText().trim();
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (v.isBoolean() || v.isNumber()) {
            return v.asBoolean();
        }
        String s = v.asText().trim();
        return "true".equalsIgnoreCase(s) || "oui".equalsIgnoreCase(s) || "1".equals(s); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    static LocalDate date(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return Instant.ofEpochMilli(v.asLong()).atZone(PARIS).toLocalDate();
        }
        String s = v.asText().trim();
        try {
            return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalDateTime dateTime(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return LocalDateTime.ofInstant(Instant.ofEpochMilli(v.asLong()), PARIS);
        }
        String s = v.asText().trim();
        try {
            return s.length() >= 19 ? LocalDateTime.parse(s.substring(0, 19).replace(' ', 'T'))
                    : s.length() == 10 ? LocalDate.parse(s).atStartOfDay() : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static BigDecimal amount(JsonNode node, String field) {
        String s = text(node, field);
        try {
            return s == null ? null : new BigDecimal(s.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first array among {@code fields} (APIs renamed some lists over time), or an empty node. */
    static Iterable<JsonNode> list(JsonNode node, String... fields) {
        for (String f : fields) {
            JsonNode v = node == null ? null : node.get(f);
            if (v != null && v.isArray()) {
                return v;
            }
        }
        return java.util.List.of();
    }
}
