package io.camwarden.cli;

import picocli.CommandLine.Command;

/** `camwarden bundle ...`: make, check and import signed data bundles. */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Signed data bundles: vulnerability and fingerprint data for an offline installation.",
                "A publisher makes a key (keygen) and bundles (create); operators check (verify) and import them.",
                "Trusted public keys: --trust PUBKEY, or CAMWARDEN_BUNDLE_KEYS (comma-separated files)."},
        subcommands = {BundleKeygenCommand.class, BundleCreateCommand.class, BundleVerifyCommand.class,
                BundleImportCommand.class})
final class BundleCommand extends ParentCommand {


}
