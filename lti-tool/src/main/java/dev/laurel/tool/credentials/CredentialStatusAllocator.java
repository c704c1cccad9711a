package dev.laurel.tool.credentials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Allocates a new credential's status entries before it is signed.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistentry">Bitstring Status List §2.1</a>
 */
public interface CredentialStatusAllocator {

    /**
     * Reserves a revocation and a suspension index for the credential in the issuer's status lists.
     *
     * @return the {@code BitstringStatusListEntry} objects for the credential's {@code credentialStatus}
     */
    List<ObjectNode> allocate(String issuerId, String credentialId);

    /**
     * Reserves the status entries of many new credentials of one issuer at once (a batch issue); by default one
     * {@link #allocate} per credential.
     *
     * @return each credential id's {@code BitstringStatusListEntry} objects, in the order of {@code credentialIds}
     */
    default Map<String, List<ObjectNode>> allocateAll(String issuerId, List<String> credentialIds) {
        Map<String, List<ObjectNode>> entries = new LinkedHashMap<>();
        credentialIds.forEach(credentialId -> entries.put(credentialId, allocate(issuerId, credentialId)));
        return entries;
    }
}
