package io.camwarden.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetListTest {

    private static final Map<String, List<String>> DNS = Map.of("cam1.lab", List.of("10.0.0.7"),
            "nvr.lab", List.of("10.0.0.9", "2001:db8::9"));

    private static TargetList list(List<String> include, List<String> exclude) {
        return new TargetList(TargetParser.parse(include), TargetParser.parse(exclude), host -> {
            List<String> a = DNS.get(host);
            if (a == null) {
                throw new UnknownHostException(host);
            }
            List<InetAddress> out = new ArrayList<>();
            for (String s : a) {
                out.add(InetAddress.getByName(s));
            }
            return out;
        });
    }

    private static List<String> addresses(TargetList l) {
        List<String> out = new ArrayList<>();
        l.forEach(a -> out.add(a.getHostAddress()));
        return out;
    }

    @Test
    void everyNmapFormExpandsToTheRightAddresses() {
        assertThat(addresses(list(List.of("10.0.0.1-3"), List.of()))).containsExactly("10.0.0.1", "10.0.0.2", "10.0.0.3");
        assertThat(addresses(list(List.of("10.0.0.254-10.0.1.1"), List.of())))
                .containsExactly("10.0.0.254", "10.0.0.255", "10.0.1.0", "10.0.1.1");
        assertThat(addresses(list(List.of("10.0.1-2.5"), List.of()))).containsExactly("10.0.1.5", "10.0.2.5");
        assertThat(addresses(list(List.of("192.168.1.1,5,9"), List.of())))
                .containsExactly("192.168.1.1", "192.168.1.5", "192.168.1.9");
        assertThat(addresses(list(List.of("10.0.0.1,10.0.0.5 10.0.0.9"), List.of())))
                .containsExactly("10.0.0.1", "10.0.0.5", "10.0.0.9");
        assertThat(list(List.of("10.8.0.0/16"), List.of()).size()).isEqualTo(BigInteger.valueOf(65536));
        assertThat(addresses(list(List.of("2001:db8::/126"), List.of()))).hasSize(4).first().isEqualTo("2001:db8:0:0:0:0:0:0");
        assertThat(addresses(list(List.of("cam1.lab", "nvr.lab"), List.of())))
                .containsExactly("10.0.0.7", "10.0.0.9", "2001:db8:0:0:0:0:0:9");
    }

    @Test
    void exclusionsTakeAddressesNetworksRangesAndNames() {
        TargetList l = list(List.of("10.0.0.0/28"), List.of("10.0.0.0", "10.0.0.8/30", "10.0.0.13-14", "cam1.lab"));
        List<String> got = addresses(l);
        assertThat(got).doesNotContain("10.0.0.0", "10.0.0.8", "10.0.0.9", "10.0.0.10", "10.0.0.11", "10.0.0.13",
                "10.0.0.14", "10.0.0.7");
        assertThat(got).contains("10.0.0.1", "10.0.0.12", "10.0.0.15").hasSize(8);
    }

    @Test
    void unresolvableNamesAreReportedNotDropped() {
        TargetList l = list(List.of("10.0.0.1", "ghost.lab"), List.of());
        assertThat(addresses(l)).containsExactly("10.0.0.1");
        assertThat(l.unresolved).containsExactly("ghost.lab");
    }

    @Test
    void badItemsAreAllNamedInOneError() {
        assertThatThrownBy(() -> TargetParser.parse(List.of("10.0.0.300", "10.0.0.1-999", "10.0.0.0/40", "a..b")))
                .hasMessageContaining("10.0.0.300").hasMessageContaining("10.0.0.1-999")
                .hasMessageContaining("10.0.0.0/40").hasMessageContaining("a..b");
        assertThatThrownBy(() -> TargetParser.parse(List.of("10.0.0.9-10.0.0.1"))).hasMessageContaining("ends before");
        assertThatThrownBy(() -> TargetParser.parse(List.of("10.0.0.1-2001:db8::1"))).hasMessageContaining("IPv4 and IPv6");
    }

    @Test
    void hugeListsNeedToBeAskedFor() {
        TargetList l = list(List.of("10.0.0.0/8"), List.of());
        assertThatThrownBy(() -> l.requireAtMost(TargetList.DEFAULT_MAX)).hasMessageContaining("10.0.0.0/8")
                .hasMessageContaining("--max-hosts");
        assertThat(list(List.of("10.0.0.0/12"), List.of()).requireAtMost(TargetList.DEFAULT_MAX)).isNotNull();
    }

    @Test
    void containsFollowsIncludesAndExcludes() throws Exception {
        TargetList l = list(List.of("10.0.0.0/24", "cam1.lab"), List.of("10.0.0.5"));
        assertThat(l.contains(InetAddress.getByName("10.0.0.4"))).isTrue();
        assertThat(l.contains(InetAddress.getByName("10.0.0.5"))).isFalse();
        assertThat(l.contains(InetAddress.getByName("10.0.1.4"))).isFalse();
    }
}
