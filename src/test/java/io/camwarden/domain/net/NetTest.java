package io.camwarden.domain.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class NetTest {

    @Test
    void macAddressesInEveryCommonSpellingNormalise() {
        assertThat(MacAddress.normalize("BC-AD-28-12-34-56")).isEqualTo("bc:ad:28:12:34:56");
        assertThat(MacAddress.normalize("bcad.2812.3456")).isEqualTo("bc:ad:28:12:34:56");
        assertThat(MacAddress.normalize(" bcad28123456 ")).isEqualTo("bc:ad:28:12:34:56");
        assertThat(MacAddress.oui("bc:ad:28:12:34:56")).isEqualTo("bc:ad:28");
        for (String bad : new String[] {"", "bc:ad:28:12:34", "bc:ad:28:12:34:56:78", "zz:ad:28:12:34:56", "x".repeat(10_000)}) {
            assertThatThrownBy(() -> MacAddress.normalize(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a MAC address");
        }
    }

    @Test
    void addressLiteralsParseWithoutDnsAndHostnamesAreRefused() {
        assertThat(IpAddresses.canonical("010.001.002.003")).isEqualTo("10.1.2.3");
        assertThat(IpAddresses.canonical("2001:0db8:0000:0000:0000:0000:0000:0001")).isEqualTo("2001:db8::1");
        assertThat(IpAddresses.canonical("[fe80:0:0:1:0:0:0:1]")).isEqualTo("fe80:0:0:1::1");
        assertThat(IpAddresses.canonical("::ffff:10.0.0.1")).isEqualTo("10.0.0.1");
        for (String bad : new String[] {"camera.local", "256.1.1.1", "1.2.3", "", "1.2.3.4.5", ":::", "localhost"}) {
            assertThat(IpAddresses.isLiteral(bad)).as(bad).isFalse();
        }
    }

    @Test
    void keysSortLikeAddressesSoCidrBecomesARange() throws Exception {
        Cidr net = Cidr.parse("10.20.0.0/16");
        String low = net.lowKey();
        String high = net.highKey();
        for (String inside : new String[] {"10.20.0.0", "10.20.128.7", "10.20.255.255"}) {
            String k = IpAddresses.key(InetAddress.getByName(inside));
            assertThat(k.compareTo(low) >= 0 && k.compareTo(high) <= 0).as(inside).isTrue();
            assertThat(net.contains(InetAddress.getByName(inside))).isTrue();
        }
        for (String outside : new String[] {"10.19.255.255", "10.21.0.0", "9.255.255.255"}) {
            String k = IpAddresses.key(InetAddress.getByName(outside));
            assertThat(k.compareTo(low) >= 0 && k.compareTo(high) <= 0).as(outside).isFalse();
        }
        assertThat(Cidr.parse("2001:db8::/32").size().bitLength()).isEqualTo(97);
        assertThat(Cidr.parse("10.0.0.5").prefixLength()).isEqualTo(32);
        assertThatThrownBy(() -> Cidr.parse("10.0.0.1/24")).hasMessageContaining("did you mean 10.0.0.0/24");
        assertThatThrownBy(() -> Cidr.parse("10.0.0.0/33")).hasMessageContaining("use 0 to 32");
    }
}
