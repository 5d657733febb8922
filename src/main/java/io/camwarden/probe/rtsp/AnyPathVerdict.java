package io.camwarden.probe.rtsp;

/**
 * Whether an RTSP server answers 200 to a path that cannot exist. Such a server makes every
 * "stream found" claim worthless, so checks describe a random path before trusting a 200.
 */
public enum AnyPathVerdict {
    /** A random path got 200: the server answers every path. */
    ANSWERS_ANY_PATH,
    /** A random path got a refusal such as 404: a 200 elsewhere means the path exists. */
    REJECTS_UNKNOWN_PATH,
    /** The server asked for credentials first (and none were accepted), so the question stays open. */
    UNDETERMINED
}
