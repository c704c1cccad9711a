package dev.laurel.tool.credentials;

import java.util.List;
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
}
