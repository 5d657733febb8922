package io.camwarden.registry.device;

import java.util.Set;

/**
 * Published (as a Spring application event, inside the writing transaction) when devices were created or
 * changed, or a scan brought a new observation of them: whatever depends on a device's identity (the
 * vulnerability match) re-evaluates them. Listeners that must not lose the change record it in the same
 * transaction; the registry does not know who listens.
 *
 * @param deviceIds the devices concerned
 * @param reason    what changed them, for logs an operator reads ("device update", "import", "scan #12")
 */
public record DevicesChanged(Set<Long> deviceIds, String reason) {

    public DevicesChanged {
        deviceIds = Set.copyOf(deviceIds);
    }
}
