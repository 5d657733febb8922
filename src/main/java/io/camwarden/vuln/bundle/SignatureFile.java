package io.camwarden.vuln.bundle;

import java.util.Base64;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * manifest.sig: the Ed25519 signature of manifest.json's bytes, and the fingerprint of the key that
 * made it, in exactly the form {@link #toJson()} writes. The fingerprint is only a hint for choosing the trusted key and for messages; the
 * signature is always checked against the trusted key itself.
 * <pre>{"algorithm": "Ed25519", "key": "&lt;64 hex digits&gt;", "signature": "&lt;base64 of 64 bytes&gt;"}</pre>
 */
record SignatureFile(String keyFingerprint, byte[] signature) {

    static final int MAX_BYTES = 4096;
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    byte[] toJson() {
        ObjectNode root = ManifestJson.JSON.createObjectNode();
        root.put("algorithm", BundleKeys.ALGORITHM);
        root.put("key", keyFingerprint);
        root.put("signature", Base64.getEncoder().encodeToString(signature));
        return ManifestJson.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static SignatureFile read(byte[] bytes) {
        JsonNode root;
        try {
            root = ManifestJson.JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw bad("it is not valid JSON");
        }
        if (root == null || !root.isObject() || !BundleKeys.ALGORITHM.equals(root.path("algorithm").asString(null))) {
            throw bad("it does not name the Ed25519 algorithm");
        }
        String key = root.path("key").asString("");
        if (!HEX64.matcher(key).matches()) {
            throw bad("its key fingerprint is not 64 lower-case hex digits");
        }
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(root.path("signature").asString(""));
        } catch (IllegalArgumentException e) {
            throw bad("its signature is not base64");
        }
        if (sig.length != 64) {
            throw bad("its signature is " + sig.length + " bytes, an Ed25519 signature has 64");
        }
        SignatureFile parsed = new SignatureFile(key, sig);
        // Only the exact form `bundle create` writes: JSON whitespace and base64's unused low bits could
        // otherwise change without changing the meaning, and no byte of a bundle may change unnoticed.
        if (!java.util.Arrays.equals(bytes, parsed.toJson())) {
            throw bad("it is not in the form `camwarden bundle create` writes");
        }
        return parsed;
    }

    private static BundleRefusedException bad(String why) {
        return new BundleRefusedException(Refusal.BAD_SIGNATURE, "manifest.sig is malformed: " + why);
    }
}
