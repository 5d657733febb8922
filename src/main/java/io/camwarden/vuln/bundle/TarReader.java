package io.camwarden.vuln.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * Reads a tar in {@link CanonicalTar} form, one entry at a time, from a stream (a file or an upload).
 * Anything else, including a single altered header byte, non-zero padding or bytes after the end, is
 * refused. The reader never holds more than one block and the caller's buffer in memory.
 */
final class TarReader {

    /** One entry: its name and the size its header declares. */
    record Entry(String name, long size, int index) {
    }

    private final InputStream in;
    private final LongConsumer progress;
    private final byte[] buffer = new byte[64 * 1024];
    private long offset;
    private int index;
    private Entry current;
    private long unread;

    /** {@code progress}, if not null, hears the number of bytes read so far as data is copied. */
    TarReader(InputStream in, LongConsumer progress) {
        this.in = in;
        this.progress = progress;
    }

    /** The next entry, or null after the end-of-archive marker (which must close the stream). */
    Entry next() throws IOException {
        if (current != null && unread > 0) {
            throw new IllegalStateException("read the data of " + current.name() + " first");
        }
        byte[] h = new byte[CanonicalTar.BLOCK];
        long at = offset;
        readBlock(h, "an entry header");
        if (CanonicalTar.isZero(h)) {
            readBlock(h, "the end-of-archive marker");
            if (!CanonicalTar.isZero(h) || in.read() != -1) {
                throw damaged("the end-of-archive marker at byte " + at + " is damaged or followed by more data");
            }
            current = null;
            return null;
        }
        if (index == 0 && !Arrays.equals(h, 257, 263, "ustar\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 6)) {
            throw new BundleRefusedException(Refusal.NOT_A_BUNDLE, "this file is not a tar archive, so not a bundle");
        }
        long stored = CanonicalTar.readOctal(h, 148, 7);
        if (stored != CanonicalTar.checksum(h)) {
            throw damaged("the header of entry " + (index + 1) + " (at byte " + at + ") fails its checksum");
        }
        String name = CanonicalTar.readName(h);
        long size = CanonicalTar.readOctal(h, 124, 12);
        long mtime = CanonicalTar.readOctal(h, 136, 12);
        byte[] canonical;
        try {
            canonical = size < 0 || mtime < 0 ? null : CanonicalTar.header(name, size, mtime);
        } catch (IllegalArgumentException e) {
            canonical = null;
        }
        if (canonical == null || !Arrays.equals(h, canonical)) {
            throw damaged("the header of entry " + (index + 1) + " ('" + printable(name) + "', at byte " + at
                    + ") is not in the form `camwarden bundle create` writes (only plain files with plain names"
                    + " are allowed)");
        }
        current = new Entry(name, size, index++);
        unread = size;
        return current;
    }

    /** Copies the current entry's data to {@code out}, updating {@code digest}, then checks the padding. */
    void copyData(OutputStream out, MessageDigest digest) throws IOException {
        while (unread > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, unread));
            if (n < 0) {
                throw truncated("the data of '" + current.name() + "'");
            }
            digest.update(buffer, 0, n);
            if (out != null) {
                out.write(buffer, 0, n);
            }
            unread -= n;
            offset += n;
            if (progress != null) {
                progress.accept(offset);
            }
        }
        int pad = (int) CanonicalTar.padding(current.size());
        if (pad > 0) {
            byte[] padding = new byte[pad];
            readFully(padding, "the padding after '" + current.name() + "'");
            if (!CanonicalTar.isZero(padding)) {
                throw damaged("the padding after '" + printable(current.name()) + "' is not zero");
            }
        }
    }

    /** The current entry's data in memory; only for small entries whose size the caller has bounded. */
    byte[] readSmall() throws IOException {
        var out = new java.io.ByteArrayOutputStream((int) unread);
        copyData(out, BundleKeys.sha256());
        return out.toByteArray();
    }

    /** Bytes read so far. */
    long offset() {
        return offset;
    }

    private void readBlock(byte[] block, String what) throws IOException {
        readFully(block, what);
    }

    private void readFully(byte[] b, String what) throws IOException {
        int done = 0;
        while (done < b.length) {
            int n = in.read(b, done, b.length - done);
            if (n < 0) {
                offset += done;
                throw truncated(what);
            }
            done += n;
        }
        offset += b.length;
    }

    private BundleRefusedException truncated(String what) {
        return new BundleRefusedException(Refusal.DAMAGED, "the archive is truncated: it ends after " + offset
                + " bytes, in " + what + " (an incomplete download or copy)");
    }

    private static BundleRefusedException damaged(String message) {
        return new BundleRefusedException(Refusal.DAMAGED, message);
    }

    /** A name from an untrusted header, safe to print on a terminal. */
    static String printable(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            b.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return b.toString();
    }
}
