/**
 * Vendor discovery protocols that tell whether a device was ever set up (AUTH-05): Hikvision SADP (udp/37020)
 * with its {@code Activated} flag, and Dahua DHIP discovery (udp/37810) with its {@code Init} state. Read only:
 * CamWarden asks, never activates.
 */
package io.camwarden.probe.activation;
