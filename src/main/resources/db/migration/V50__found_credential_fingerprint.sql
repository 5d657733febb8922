-- AUTH-06 (one credential reused across devices): a keyed fingerprint of each found credential, HMAC-SHA256 of
-- user name and password under a key derived from the vault key (CredentialVault.fingerprint). Equal credentials
-- have equal fingerprints, so devices sharing one are found by an index lookup without opening any sealed
-- password; without the vault key a fingerprint cannot be tested against guesses. Rows found before this
-- column are fingerprinted from their sealed value on the next audit upload.
ALTER TABLE found_credential ADD COLUMN fingerprint VARCHAR(64);
CREATE INDEX found_credential_fingerprint ON found_credential (fingerprint);
