package io.camwarden.bench;

import io.camwarden.domain.scan.Identity;
import io.camwarden.domain.scan.IdentityField;
import io.camwarden.domain.vuln.VulnerabilityMatch;
import io.camwarden.vuln.match.CpeVendors;
import io.camwarden.vuln.match.VulnerabilityIndex;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: matching one device identity against an index of re-issued camera records ({@link ReissuedNvd}).
 * A Hikvision model that a large configuration names (CVE-2017-7921, 58 products), a Dahua model that only
 * families cover, and a model no record names.
 *
 * <p>./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.openjdk.jmh.Main -Dbench.heap=-Xmx2g \
 * -Dbench.args="MatchBenchmark -f 1 -wi 3 -i 5"
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatchBenchmark {

    @Param({"30000"})
    int records;

    VulnerabilityIndex index;
    Identity hikvision;
    Identity dahuaFamily;
    Identity miss;

    @Setup
    public void setUp() throws Exception {
        index = VulnerabilityIndex.build(ReissuedNvd.reissue(ReissuedNvd.shared(), records), List.of(),
                CpeVendors.bundled());
        hikvision = identity("Hikvision", "B7-DS-2CD2032-I", "V5.4.0 build 160530");
        dahuaFamily = identity("Dahua", "IPC-HDW3541T", "2.800.0000000.16.R");
        miss = identity("Axis", "ZX-424242", "5.40.9");
    }

    @Benchmark
    public List<VulnerabilityMatch> hikvisionNamedModel() {
        return index.match(hikvision);
    }

    @Benchmark
    public List<VulnerabilityMatch> dahuaFamilyModel() {
        return index.match(dahuaFamily);
    }

    @Benchmark
    public List<VulnerabilityMatch> unknownModel() {
        return index.match(miss);
    }

    private static Identity identity(String vendor, String model, String firmware) {
        return new Identity(new IdentityField(vendor, 0.9, "bench"), new IdentityField(model, 0.9, "bench"),
                new IdentityField(firmware, 0.9, "bench"), null, null, null, null);
    }
}
