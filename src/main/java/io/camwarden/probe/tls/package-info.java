/**
 * TLS protocol versions the Java runtime will not speak (SSL 3.0, TLS 1.0, TLS 1.1), asked with a hand-built
 * ClientHello whose ServerHello or alert is all CamWarden reads (CRY-02). No handshake is completed.
 */
package io.camwarden.probe.tls;
