/**
 * Identity stage: fuses the claims about one host into one {@link io.camwarden.domain.scan.Identity} with
 * confidence and source per field, and names it as a CPE. Start at {@link io.camwarden.identity.Identifier};
 * the fusion rule is documented on {@link io.camwarden.identity.IdentityFusion} and in
 * {@code docs/fingerprinting-and-identity.md}.
 */
package io.camwarden.identity;
