package io.camwarden.probe;

/**
 * One request and the device's answer, as evidence: which authentication scheme the request carried
 * ("none", "Basic", "Digest"; never the credentials) and exactly what came back.
 */
public record Exchange(String method, String uri, String authScheme, int status, String reason, Headers headers) {
}
