package io.camwarden.probe.onvif;

import io.camwarden.discovery.OnvifScope;
import io.camwarden.probe.onvif.OnvifResponse.Outcome;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard read of one ONVIF device, in the order a careful client uses: the clock first (so that
 * UsernameTokens follow the device's time), then identity, services, scopes, media profiles and their stream
 * URIs. Read-only: nothing here changes the device.
 */
public final class OnvifProbe {

    /** Stream URIs are asked for at most this many profiles; devices rarely have more than four. */
    static final int MAX_STREAM_PROFILES = 8;

    private OnvifProbe() {
    }

    /** Probes the device the client points at, with the client's credentials (or none). */
    public static OnvifReport run(OnvifClient client) {
        OnvifResponse<SystemDateAndTime> time = client.getSystemDateAndTime();
        OnvifResponse<DeviceInformation> info = client.getDeviceInformation();
        if (info.outcome() == Outcome.UNREACHABLE && time.outcome() == Outcome.UNREACHABLE) {
            // Nothing listens: do not spend the timeouts of every other call on it.
            return new OnvifReport(client.deviceService(), time, info, skipped(info), skipped(info), skipped(info),
                    null, skipped(info), List.of(), null, client.envelopeForm());
        }
        OnvifResponse<OnvifCapabilities> capabilities = client.getCapabilities();
        OnvifResponse<List<OnvifService>> services = client.getServices();
        OnvifResponse<List<OnvifScope>> scopes = client.getScopes();
        URI media = mediaService(client, capabilities, services);
        OnvifResponse<List<MediaProfile>> profiles = client.getProfiles(media);
        List<OnvifResponse<StreamUri>> streams = new ArrayList<>();
        for (MediaProfile p : profiles.optional().orElse(List.of())) {
            if (streams.size() == MAX_STREAM_PROFILES) {
                break;
            }
            streams.add(client.getStreamUri(media, p.token()));
        }
        return new OnvifReport(client.deviceService(), time, info, capabilities, services, scopes, media, profiles,
                streams, client.clockSkew(), client.envelopeForm());
    }

    /** The media service from GetServices, else from GetCapabilities, else the device service itself. */
    static URI mediaService(OnvifClient client, OnvifResponse<OnvifCapabilities> capabilities,
                            OnvifResponse<List<OnvifService>> services) {
        for (OnvifService s : services.optional().orElse(List.of())) {
            if (OnvifNamespaces.MEDIA.equals(s.namespace())) {
                return client.rebase(s.xaddr());
            }
        }
        URI advertised = capabilities.optional().map(OnvifCapabilities::media).orElse(null);
        return client.rebase(advertised);
    }

    private static <T> OnvifResponse<T> skipped(OnvifResponse<?> cause) {
        return new OnvifResponse<>(Outcome.UNREACHABLE, null, null, "not tried: " + cause.detail(),
                cause.exchange());
    }
}
