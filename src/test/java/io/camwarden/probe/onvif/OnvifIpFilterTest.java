package io.camwarden.probe.onvif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** GetIPAddressFilterResponse as devices write it (ONVIF Device WSDL, tt:IPAddressFilter). */
class OnvifIpFilterTest {

    @Test
    void anAllowListWithIpv4AndIpv6Entries() throws Exception {
        OnvifIpFilter f = OnvifIpFilter.from(Soap.payload("<tds:GetIPAddressFilterResponse><tds:IPAddressFilter>"
                + "<tt:Type>Allow</tt:Type>"
                + "<tt:IPv4Address><tt:Address>10.20.0.0</tt:Address><tt:PrefixLength>24</tt:PrefixLength></tt:IPv4Address>"
                + "<tt:IPv4Address><tt:Address>10.20.1.7</tt:Address><tt:PrefixLength>32</tt:PrefixLength></tt:IPv4Address>"
                + "<tt:IPv6Address><tt:Address>fd00:20::</tt:Address><tt:PrefixLength>64</tt:PrefixLength></tt:IPv6Address>"
                + "</tds:IPAddressFilter></tds:GetIPAddressFilterResponse>"));
        assertThat(f.allowList()).isTrue();
        assertThat(f.addresses()).containsExactly("10.20.0.0/24", "10.20.1.7/32", "fd00:20::/64");
        assertThat(f.allowsEveryAddress()).isFalse();
    }

    @Test
    void theFactoryStateIsAnEmptyDenyListAndAZeroPrefixAllowsEveryone() throws Exception {
        OnvifIpFilter none = OnvifIpFilter.from(Soap.payload("<tds:GetIPAddressFilterResponse><tds:IPAddressFilter>"
                + "<tt:Type>Deny</tt:Type></tds:IPAddressFilter></tds:GetIPAddressFilterResponse>"));
        assertThat(none.allowList()).isFalse();
        assertThat(none.addresses()).isEmpty();
        OnvifIpFilter all = OnvifIpFilter.from(Soap.payload("<tds:GetIPAddressFilterResponse><tds:IPAddressFilter>"
                + "<tt:Type>Allow</tt:Type><tt:IPv4Address><tt:Address>0.0.0.0</tt:Address><tt:PrefixLength>0"
                + "</tt:PrefixLength></tt:IPv4Address></tds:IPAddressFilter></tds:GetIPAddressFilterResponse>"));
        assertThat(all.allowsEveryAddress()).isTrue();
    }

    @Test
    void aMissingFilterOrAnUnknownTypeIsAnInvalidAnswer() {
        assertThatThrownBy(() -> OnvifIpFilter.from(Soap.payload("<tds:GetIPAddressFilterResponse/>")))
                .isInstanceOf(InvalidAnswer.class);
        assertThatThrownBy(() -> OnvifIpFilter.from(Soap.payload("<tds:GetIPAddressFilterResponse><tds:IPAddressFilter>"
                + "<tt:Type>Maybe</tt:Type></tds:IPAddressFilter></tds:GetIPAddressFilterResponse>")))
                .isInstanceOf(InvalidAnswer.class).hasMessageContaining("Maybe");
    }

    @Test
    void entriesAreCapped() throws Exception {
        StringBuilder b = new StringBuilder("<tds:GetIPAddressFilterResponse><tds:IPAddressFilter><tt:Type>Allow</tt:Type>");
        for (int i = 0; i < 1000; i++) {
            b.append("<tt:IPv4Address><tt:Address>10.0.").append(i / 250).append('.').append(i % 250)
                    .append("</tt:Address><tt:PrefixLength>32</tt:PrefixLength></tt:IPv4Address>");
        }
        b.append("<tt:IPv6Address><tt:Address>fd00::1</tt:Address><tt:PrefixLength>128</tt:PrefixLength></tt:IPv6Address>");
        OnvifIpFilter f = OnvifIpFilter.from(Soap.payload(b + "</tds:IPAddressFilter></tds:GetIPAddressFilterResponse>"));
        assertThat(f.addresses()).hasSize(OnvifIpFilter.MAX_ENTRIES);
    }
}
