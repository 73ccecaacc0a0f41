// SPDX-License-Identifier: EPL-2.0
package org.choral.emulator.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One {@code /cpro/...} operation: JSON body in, JSON answer out (codeRetour/libelle added by the router). */
@FunctionalInterface
public interface Endpoint {

    ObjectNode handle(JsonNode body) throws ApiError;
}
