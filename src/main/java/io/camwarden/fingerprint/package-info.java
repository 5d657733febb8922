/**
 * Fingerprint stage: observations in, identity claims out, from recog's databases and CamWarden's own
 * camera fingerprints (data in {@code src/main/resources/fingerprints}). Start at {@link
 * io.camwarden.fingerprint.Fingerprinter}; the rules are in {@code docs/fingerprinting-and-identity.md}.
 */
package io.camwarden.fingerprint;
