package dev.laurel.tool.credentials.log.web;

import dev.laurel.tool.credentials.log.LogLeaf;
import dev.laurel.tool.credentials.log.SignedTreeHead;
import dev.laurel.tool.credentials.log.SignedTreeHeads;
import dev.laurel.tool.credentials.log.TransparencyLog;
import dev.laurel.tool.credentials.log.TransparencyLogException;
import dev.laurel.tool.credentials.log.TransparencyLogKeys;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log's read API, in the spirit of RFC 9162 §5 (JSON, base64url hashes): the latest signed tree head,
 * inclusion and consistency proofs, a bounded range of leaves, and the public log key.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9162#section-5">RFC 9162 §5 Log Client Messages</a>
 */
@RestController
@RequestMapping(path = "/log", produces = MediaType.APPLICATION_JSON_VALUE)
class TransparencyLogController {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final TransparencyLog log;
    private final SignedTreeHeads heads;
    private final TransparencyLogKeys keys;

    TransparencyLogController(TransparencyLog log, SignedTreeHeads heads, TransparencyLogKeys keys) {
        this.log = log;
        this.heads = heads;
        this.keys = keys;
    }

    @GetMapping("/sth")
    ResponseEntity<Map<String, Object>> signedTreeHead() {
        SignedTreeHead head = heads.latest();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("treeSize", head.treeSize());
        body.put("timestamp", head.timestamp().toEpochMilli());
        body.put("rootHash", B64.encodeToString(head.rootHash()));
        body.put("keyId", head.keyId());
        body.put("signature", head.signature());
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
    }

    /** RFC 9162 §5.4 get-proof-by-hash, keyed by the credential's SHA-256 (base64url). */
    @GetMapping("/proof/inclusion")
    Map<String, Object> inclusion(@RequestParam(required = false) String hash, @RequestParam(required = false) String treeSize) {
        byte[] entryHash = hash(hash);
        long size = number(treeSize, "treeSize");
        if (size < 1) {
            throw new TransparencyLogException("tree_size_invalid", "treeSize must be at least 1");
        }
        long index = log.leafIndex(entryHash)
                .orElseThrow(() -> new TransparencyLogException("hash_not_found", "no credential with this hash is in the log"));
        if (index >= size) {
            throw new TransparencyLogException("hash_not_in_tree", "the credential was logged after the tree of size " + size);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("leafIndex", index);
        body.put("treeSize", size);
        body.put("inclusionPath", encode(log.inclusionProof(index, size)));
        return body;
    }

    /** RFC 9162 §5.3 get-sth-consistency. */
    @GetMapping("/proof/consistency")
    Map<String, Object> consistency(@RequestParam(required = false) String first, @RequestParam(required = false) String second) {
        long m = number(first, "first");
        long n = number(second, "second");
        if (m < 1 || m > n) {
            throw new TransparencyLogException("tree_size_invalid", "need 1 <= first <= second");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("first", m);
        body.put("second", n);
        body.put("consistencyPath", encode(log.consistencyProof(m, n)));
        return body;
    }

    /** RFC 9162 §5.6 get-entries, at most {@link TransparencyLog#MAX_LEAVES_PER_REQUEST} per call; {@code end} exclusive. */
    @GetMapping("/leaves")
    Map<String, Object> leaves(@RequestParam(required = false) String start, @RequestParam(required = false) String end) {
        List<LogLeaf> leaves = log.leaves(number(start, "start"), number(end, "end"));
        return Map.of("leaves", leaves.stream().map(leaf -> Map.of("leafIndex", leaf.index(),
                "entryHash", B64.encodeToString(leaf.entryHash()), "appendedAt", leaf.appendedAt().toString())).toList());
    }

    @GetMapping(path = "/key", produces = "application/jwk-set+json")
    Map<String, Object> key() {
        return keys.publicKeySet().toJSONObject();
    }

    @ExceptionHandler(TransparencyLogException.class)
    ResponseEntity<Map<String, String>> rejected(TransparencyLogException ex) {
        HttpStatus status = ex.code().startsWith("hash_not") ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", ex.code(), "message", ex.getMessage().substring(ex.code().length() + 2)));
    }

    private static byte[] hash(String value) {
        try {
            byte[] hash = value == null ? new byte[0] : Base64.getUrlDecoder().decode(value);
            if (hash.length == 32) {
                return hash;
            }
        }
        catch (IllegalArgumentException ex) {
            // reported below
        }
        throw new TransparencyLogException("hash_invalid", "hash must be a base64url SHA-256 (32 bytes)");
    }

    private static long number(String value, String name) {
        try {
            return Long.parseLong(value);
        }
        catch (NumberFormatException ex) {
            throw new TransparencyLogException(name.equals("start") || name.equals("end") ? "range_invalid" : "tree_size_invalid",
                    name + " must be a whole number");
        }
    }

    private static List<String> encode(List<byte[]> hashes) {
        return hashes.stream().map(B64::encodeToString).toList();
    }
}
