package io.camwarden.bench;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * The top of this JVM's live class histogram (what {@code jcmd PID GC.class_histogram} prints; it runs a full
 * collection first), so a bench can show which classes hold the heap it reports without a second terminal.
 */
final class HeapHistogram {

    private HeapHistogram() {
    }

    /** The header and the first {@code rows} classes by bytes, and the total line. */
    static String top(int rows) {
        try {
            Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = out.toString().split("\n");
            StringBuilder top = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                if (i < rows + 2 || i == lines.length - 1) {
                    top.append(lines[i]).append('\n');
                }
            }
            return top.toString();
        } catch (Exception e) {
            return "no class histogram: " + e + "\n";
        }
    }
}
