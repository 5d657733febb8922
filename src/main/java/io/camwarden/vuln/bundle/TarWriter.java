package io.camwarden.vuln.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

/** Writes a tar in {@link CanonicalTar} form. Every entry gets the same modification time. */
final class TarWriter implements AutoCloseable {

    private final OutputStream out;
    private final long mtimeSeconds;

    TarWriter(OutputStream out, long mtimeSeconds) {
        this.out = out;
        this.mtimeSeconds = mtimeSeconds;
    }

    void add(String name, byte[] data) throws IOException {
        out.write(CanonicalTar.header(name, data.length, mtimeSeconds));
        out.write(data);
        out.write(new byte[(int) CanonicalTar.padding(data.length)]);
    }

    /**
     * Adds exactly {@code size} bytes from {@code in}, feeding them to {@code digest} as well, so the caller
     * can check that what went into the archive is what the manifest says.
     */
    void add(String name, long size, InputStream in, MessageDigest digest) throws IOException {
        out.write(CanonicalTar.header(name, size, mtimeSeconds));
        byte[] buffer = new byte[64 * 1024];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw changed(name);
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
            left -= n;
        }
        if (in.read() != -1) {
            throw changed(name);
        }
        out.write(new byte[(int) CanonicalTar.padding(size)]);
    }

    private static IOException changed(String name) {
        return new IOException(name + " changed while the bundle was being made; make it again once nothing"
                + " is writing to the files");
    }

    /** Writes the end-of-archive marker. Does not close the underlying stream. */
    @Override
    public void close() throws IOException {
        out.write(new byte[2 * CanonicalTar.BLOCK]);
        out.flush();
    }
}
