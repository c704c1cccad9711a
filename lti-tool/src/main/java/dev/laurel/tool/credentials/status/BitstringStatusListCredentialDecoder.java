package dev.laurel.tool.credentials.status;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads any {@code BitstringStatusListCredential} (Laurel's or another issuer's, already parsed and its
 * proof checked by the caller) into its list. Works on the credential document only; never fetches.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">Bitstring Status List §2.2</a>
 */
public final class BitstringStatusListCredentialDecoder {

    private BitstringStatusListCredentialDecoder() {
    }

    /**
     * Decodes the credential's {@code credentialSubject.encodedList}.
     *
     * @throws StatusListException {@code not_a_status_list_credential}, {@code status_list_encoding_invalid},
     *         {@code status_list_too_short} or {@code status_list_too_large}
     */
    public static DecodedStatusList decode(JsonNode credential) {
        if (credential == null || !credential.isObject() || !hasType(credential.get("type"), "BitstringStatusListCredential")) {
            throw new StatusListException("not_a_status_list_credential", "the document's type does not include BitstringStatusListCredential");
        }
        JsonNode subject = credential.get("credentialSubject");
        if (subject == null || !subject.isObject() || !hasType(subject.get("type"), "BitstringStatusList")) {
            throw new StatusListException("not_a_status_list_credential", "credentialSubject is not a BitstringStatusList");
        }
        JsonNode encoded = subject.get("encodedList");
        if (encoded == null || !encoded.isString()) {
            throw new StatusListException("status_list_encoding_invalid", "credentialSubject.encodedList is missing");
        }
        BitstringStatusList list = BitstringStatusList.decode(encoded.asString());
        // §3.2 step 9: a list shorter than the minimum is a STATUS_LIST_LENGTH_ERROR
        if (list.size() < BitstringStatusList.MINIMUM_SIZE) {
            throw new StatusListException("status_list_too_short", "the list has " + list.size()
                    + " entries, fewer than the " + BitstringStatusList.MINIMUM_SIZE + " the spec requires");
        }
        return new DecodedStatusList(text(credential.get("id")), issuerId(credential.get("issuer")),
                purposes(subject.get("statusPurpose")), list);
    }

    private static boolean hasType(JsonNode type, String wanted) {
        if (type == null) {
            return false;
        }
        if (type.isString()) {
            return wanted.equals(type.asString());
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (each.isString() && wanted.equals(each.asString())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> purposes(JsonNode node) {
        List<String> purposes = new ArrayList<>();
        if (node != null && node.isString()) {
            purposes.add(node.asString());
        }
        else if (node != null && node.isArray()) {
            node.forEach(each -> purposes.add(each.asString()));
        }
        return List.copyOf(purposes);
    }

    private static String issuerId(JsonNode issuer) {
        if (issuer != null && issuer.isObject()) {
            return text(issuer.get("id"));
        }
        return text(issuer);
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    /**
     * A decoded status list credential.
     *
     * @param id the status list credential's {@code id}, or {@code null}
     * @param issuerId the issuer's id, or {@code null}
     * @param statusPurposes the list's {@code statusPurpose} values
     * @param list the bits
     */
    public record DecodedStatusList(String id, String issuerId, List<String> statusPurposes, BitstringStatusList list) {

        /**
         * The status of the credential at {@code statusListIndex}.
         *
         * @throws StatusListException {@code status_list_index_invalid} when the index is not in the list
         * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm">Bitstring Status List §3.2 step 11</a>
         */
        public boolean isSet(String statusListIndex) {
            long index;
            try {
                index = Long.parseLong(statusListIndex);
            }
            catch (NumberFormatException ex) {
                throw new StatusListException("status_list_index_invalid", "statusListIndex is not a number");
            }
            if (index < 0 || index >= list.size()) {
                throw new StatusListException("status_list_index_invalid", "statusListIndex " + index + " is outside the list");
            }
            return list.get((int) index);
        }
    }
}
