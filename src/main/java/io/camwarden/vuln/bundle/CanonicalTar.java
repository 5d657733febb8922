package io.camwarden.vuln.bundle;

import java.nio.charset.StandardCharsets;

/**
 * The one tar form bundles use: POSIX ustar, regular files only, mode 0644, owner 0, no user or group
 * names, names of at most 100 ASCII characters, two zero blocks at the end and nothing after. GNU and
 * BSD tar read it ({@code tar tvf bundle.tar}). Because every header has exactly one valid form, the
 * reader can insist on it: a changed byte anywhere in a header is noticed, not silently tolerated.
 */
final class CanonicalTar {

    static final int BLOCK = 512;
    /** The largest size 11 octal digits hold: 8 GiB - 1. */
    static final long MAX_SIZE = 077777777777L;

    private CanonicalTar() {
    }

    static byte[] header(String name, long size, long mtimeSeconds) {
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        if (nameBytes.length == 0 || nameBytes.length > 100 || !StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
            throw new IllegalArgumentException("tar entry name must be 1 to 100 ASCII characters: " + name);
        }
        if (size < 0 || size > MAX_SIZE || mtimeSeconds < 0 || mtimeSeconds > MAX_SIZE) {
            throw new IllegalArgumentException("tar entry size or time out of range for " + name);
        }
        byte[] h = new byte[BLOCK];
        System.arraycopy(nameBytes, 0, h, 0, nameBytes.length);
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, size);
        octal(h, 136, 12, mtimeSeconds);
        h[156] = '0';
        ascii(h, 257, "ustar\0");
        ascii(h, 263, "00");
        octal(h, 329, 8, 0);
        octal(h, 337, 8, 0);
        int sum = checksum(h);
        octal(h, 148, 7, sum); // six digits and a NUL ...
        h[155] = ' ';          // ... then a space, as POSIX tar writes it
        return h;
    }

    /** Sum of all header bytes, the checksum field counted as eight spaces. */
    static int checksum(byte[] h) {
        int sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
        }
        return sum;
    }

    /** The octal number in a field of {@code len} bytes (digits, then NUL), or -1 when it is not in that form. */
    static long readOctal(byte[] h, int off, int len) {
        long v = 0;
        for (int i = off; i < off + len - 1; i++) {
            if (h[i] < '0' || h[i] > '7') {
                return -1;
            }
            v = v * 8 + (h[i] - '0');
        }
        return h[off + len - 1] == 0 ? v : -1;
    }

    /** The entry name: the bytes before the first NUL of the 100-byte name field. */
    static String readName(byte[] h) {
        int end = 0;
        while (end < 100 && h[end] != 0) {
            end++;
        }
        return new String(h, 0, end, StandardCharsets.ISO_8859_1);
    }

    static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    static long padding(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static void octal(byte[] h, int off, int len, long value) {
        String digits = Long.toOctalString(value);
        String padded = "0".repeat(len - 1 - digits.length()) + digits;
        ascii(h, off, padded);
        h[off + len - 1] = 0;
    }

    private static void ascii(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }
}
