// SPDX-License-Identifier: EPL-2.0
package org.choral.connector.chorus.internal.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What came back from one HTTP exchange, read while the connection was held.
 *
 * @param status HTTP status
 * @param value the 200 body as read, or {@code null}
 * @param failure why a 200 body could not be read (cut short, not JSON), or {@code null}
 * @param error the JSON body of another status ({@code codeRetour}, {@code libelle}), or {@code null}
 * @param retryAfter the {@code Retry-After} header, or {@code null}
 * @param challenge the {@code WWW-Authenticate} header, or {@code null}
 */
record Answer<T>(int status, T value, Exception failure, JsonNode error, String retryAfter, String challenge) {
}
