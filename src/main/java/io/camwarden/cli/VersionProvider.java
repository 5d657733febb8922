package io.camwarden.cli;

import picocli.CommandLine;

/** Version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"camwarden " + (v == null ? "development" : v)};
    }
}
