-- Credentials the credential audit found working on a device (checks AUTH-01/AUTH-02). The password is
-- sealed with AES-256-GCM under a key kept outside the database (CredentialVault); the API shows it masked.
CREATE TABLE found_credential (
    device_id       BIGINT NOT NULL REFERENCES device (id) ON DELETE CASCADE,
    protocol        VARCHAR(20) NOT NULL,
    port            INT NOT NULL,
    username        VARCHAR NOT NULL,
    sealed_password VARCHAR NOT NULL,
    password_hint   VARCHAR NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    source          VARCHAR,
    found_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    assessment_id   BIGINT,
    PRIMARY KEY (device_id, protocol, port)
);
