package io.camwarden.domain.scan;

/**
 * What a host is, fused from all its observations. Any field may be null when nothing said it.
 * {@code cpe} is a CPE 2.3 name when vendor and model (at least) are known.
 */
public record Identity(
        IdentityField vendor,
        IdentityField model,
        IdentityField firmware,
        IdentityField hardware,
        IdentityField serial,
        IdentityField deviceKind,
        String cpe) {

    public static final Identity UNKNOWN = new Identity(null, null, null, null, null, null, null);
}
