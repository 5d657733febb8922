package io.camwarden.checks.network;

import io.camwarden.checks.CheckUnit;

/** The network check units, for {@link io.camwarden.checks.CheckUnits#standard}. */
public final class NetworkChecks {

    private NetworkChecks() {
    }

    /** Every network unit, for commands that decide network checks without the registry. */
    public static java.util.List<CheckUnit> all() {
        return java.util.List.of(defaultCredentials(), weakPasswords(), openVideo(), openManagement(),
                cleartextCredentials(), upnp(), insecureServices(), controlPorts(), httpsAdmin(), weakTls(),
                defaultCertificate(), clock(), encryptedVideo(), extraAccounts(),
                accessFilter(), activation());
    }

    public static CheckUnit defaultCredentials() {
        return new CredentialChecks.DefaultCredentials();
    }

    public static CheckUnit weakPasswords() {
        return new CredentialChecks.WeakPasswords();
    }

    public static CheckUnit openVideo() {
        return new ExposureChecks.OpenVideo();
    }

    public static CheckUnit openManagement() {
        return new ExposureChecks.OpenManagement();
    }

    public static CheckUnit cleartextCredentials() {
        return new ExposureChecks.CleartextCredentials();
    }

    public static CheckUnit upnp() {
        return new ExposureChecks.Upnp();
    }

    public static CheckUnit insecureServices() {
        return new ExposureChecks.InsecureServices();
    }

    public static CheckUnit controlPorts() {
        return new ExposureChecks.ControlPorts();
    }

    public static CheckUnit httpsAdmin() {
        return new TransportChecks.HttpsAdmin();
    }

    public static CheckUnit weakTls() {
        return new TransportChecks.WeakTls();
    }

    public static CheckUnit defaultCertificate() {
        return new TransportChecks.DefaultCertificate();
    }

    public static CheckUnit encryptedVideo() {
        return new EncryptedVideo();
    }

    public static CheckUnit extraAccounts() {
        return new OwnerReadChecks.ExtraAccounts();
    }

    public static CheckUnit accessFilter() {
        return new OwnerReadChecks.AccessFilter();
    }

    public static CheckUnit activation() {
        return new ActivationCheck();
    }

    public static CheckUnit clock() {
        return new TransportChecks.Clock();
    }
}
