package io.camwarden.domain;

/** What a registered device is. */
public enum DeviceKind {
    CAMERA, NVR, DVR, ENCODER, OTHER
}
