/**
 * Protocol clients that turn a live service into observations, and that the audit stage reuses to
 * try operator-supplied credentials.
 *
 * <ul>
 *   <li>{@code probe.rtsp}: OPTIONS and DESCRIBE with Basic and Digest (RFC 7616, 2617, and the RFC 2069
 *       form without qop), SDP parsing, and the "answers any path" check.</li>
 *   <li>{@code probe.http}: Apache HttpClient 5 as the transport; status, Server, WWW-Authenticate and
 *       realm, HTML title, favicon MD5 and Shodan mmh3, TLS certificate summary, redirects on the same host.</li>
 *   <li>{@code probe.telnet}: option negotiation, banner, one login attempt per call.</li>
 *   <li>{@code probe.vendor}: Hikvision 8000, Dahua 37777 and XiongMai 34567 recognised from their
 *       handshake without logging in.</li>
 * </ul>
 *
 * <p>Every read is bounded by {@link io.camwarden.probe.ProbeLimits}: header bytes and lines, body
 * bytes, time per read and per exchange. Credentials are sent only when a device asks for them and the
 * operator supplied them; each client makes one attempt per call and reports exactly what the device
 * answered ({@link io.camwarden.probe.Exchange}, {@link io.camwarden.probe.AuthOutcome}) and any sign of
 * a lock-out ({@link io.camwarden.probe.LockoutSigns}), so the audit stage can stop before an account
 * locks. Guessing credentials is not done here.
 */
package io.camwarden.probe;
