package io.camwarden.probe.activation;

/**
 * What one discovery reply said about a device's set-up.
 *
 * @param protocol "SADP" or "DHIP"
 * @param state    ACTIVATED / INACTIVE when the reply says so plainly, UNKNOWN when it carries no flag CamWarden
 *                 can read
 * @param flag     the field as the device sent it, e.g. "Activated=false" or "Init=150"
 */
public record ActivationReply(String protocol, String model, String serial, String firmware, State state,
                              String flag) {

    public enum State { ACTIVATED, INACTIVE, UNKNOWN }
}
