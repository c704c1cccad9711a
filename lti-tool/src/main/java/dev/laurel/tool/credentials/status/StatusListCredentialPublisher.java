package dev.laurel.tool.credentials.status;

import dev.laurel.tool.LaurelProperties;
import dev.laurel.tool.credentials.IssuedCredential;
import dev.laurel.tool.credentials.issuer.IssuerDirectory;
import dev.laurel.tool.credentials.issuer.IssuerProfile;
import dev.laurel.tool.credentials.proof.CredentialSigner;
import dev.laurel.tool.credentials.proof.ProofFormat;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves each status list as a {@code BitstringStatusListCredential} signed by its issuer's current key in
 * the issuer's proof format. The signed credential is cached per list and version: any status change bumps
 * the version, so the next request on any instance re-signs and a revocation is visible at once.
 *
 * @see <a href="https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential">Bitstring Status List §2.2</a>
 */
@Service
public class StatusListCredentialPublisher {

    private static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    private final StatusListRepository lists;
    private final IssuerDirectory directory;
    private final CredentialSigner signer;
    private final LaurelProperties laurel;
    private final Map<Long, PublishedStatusList> signed = new ConcurrentHashMap<>();

    StatusListCredentialPublisher(StatusListRepository lists, IssuerDirectory directory, CredentialSigner signer, LaurelProperties laurel) {
        this.lists = lists;
        this.directory = directory;
        this.signer = signer;
        this.laurel = laurel;
    }

    /** The signed list credential at {@code location}, or empty when Laurel has no such list. */
    public Optional<PublishedStatusList> publish(StatusListLocation location) {
        return lists.find(location).map(row -> {
            PublishedStatusList cached = signed.get(row.id());
            if (cached != null && cached.version() >= row.version()) {
                return cached;
            }
            PublishedStatusList fresh = sign(row);
            signed.merge(row.id(), fresh, (old, replacement) -> old.version() >= replacement.version() ? old : replacement);
            return fresh;
        });
    }

    private PublishedStatusList sign(StatusListRepository.StatusListRow row) {
        IssuerProfile issuer = directory.find(row.location().issuerSlug())
                .orElseThrow(() -> new IllegalStateException("status list " + row.id() + " belongs to no issuer profile"));
        BitstringStatusList bits = BitstringStatusList.withSet(row.size(), lists.setIndexes(row.id()));
        IssuedCredential credential = signer.sign(document(row, issuer, bits), ProofFormat.valueOf(issuer.proofFormat()));
        return new PublishedStatusList(credential.mediaType(), credential.serialized(), row.version(), row.updatedAt());
    }

    /** The unsigned {@code BitstringStatusListCredential} of a list. */
    private ObjectNode document(StatusListRepository.StatusListRow row, IssuerProfile issuer, BitstringStatusList bits) {
        String url = row.location().url(laurel.baseUrl());
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode credential = json.objectNode();
        credential.set("@context", json.arrayNode().add(VC_V2_CONTEXT));
        credential.put("id", url);
        ArrayNode type = credential.putArray("type");
        type.add("VerifiableCredential").add("BitstringStatusListCredential");
        credential.put("issuer", issuer.id());
        credential.put("validFrom", row.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", row.location().purpose().value());
        subject.put("encodedList", bits.encode());
        return credential;
    }

    /**
     * A signed status list credential.
     *
     * @param mediaType {@code application/vc+jwt} or {@code application/vc+ld+json}
     * @param body the compact JWS or the JSON with its proof
     * @param version the list version it shows
     * @param updatedAt when the list last changed
     */
    public record PublishedStatusList(String mediaType, String body, long version, Instant updatedAt) {
    }
}
