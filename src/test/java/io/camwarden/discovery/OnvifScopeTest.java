package io.camwarden.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.camwarden.domain.scan.Observation;
import io.camwarden.domain.scan.ObservationKinds;
import io.camwarden.domain.scan.ServiceProtocol;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnvifScopeTest {

    @Test
    void splitsCategoryAndDecodedValue() {
        assertThat(OnvifScope.parse("onvif://www.onvif.org/name/Front%20Gate%20%C4%90%C3%B4ng"))
                .isEqualTo(new OnvifScope("onvif://www.onvif.org/name/Front%20Gate%20%C4%90%C3%B4ng", "name",
                        "Front Gate Đông"));
        assertThat(OnvifScope.parse("onvif://www.onvif.org/hardware/DS-2CD2142FWD-I").value())
                .isEqualTo("DS-2CD2142FWD-I");
        assertThat(OnvifScope.parse("onvif://www.onvif.org/Profile/Streaming").category()).isEqualTo("Profile");
    }

    @Test
    void keepsSlashesInLocationValues() {
        assertThat(OnvifScope.parse("onvif://www.onvif.org/location/country/vietnam/city/hanoi").value())
                .isEqualTo("country/vietnam/city/hanoi");
    }

    @Test
    void emptyValuesAndBareCategories() {
        assertThat(OnvifScope.parse("onvif://www.onvif.org/location/")).isEqualTo(
                new OnvifScope("onvif://www.onvif.org/location/", "location", ""));
        assertThat(OnvifScope.parse("onvif://www.onvif.org/location").value()).isEmpty();
        assertThat(OnvifScope.parse("onvif://www.onvif.org/").category()).isNull();
    }

    @Test
    void theAuthorityIsMatchedWithoutRegardToCase() {
        assertThat(OnvifScope.parse("ONVIF://WWW.ONVIF.ORG/name/x").category()).isEqualTo("name");
    }

    @Test
    void vendorScopesKeepTheirUriWithoutCategory() {
        assertThat(OnvifScope.parse("http://www.hikvision.com/scope/xyz"))
                .isEqualTo(new OnvifScope("http://www.hikvision.com/scope/xyz", null, null));
    }

    @Test
    void brokenPercentEscapesStayAsTheyWere() {
        assertThat(OnvifScope.parse("onvif://www.onvif.org/name/100%").value()).isEqualTo("100%");
        assertThat(OnvifScope.parse("onvif://www.onvif.org/name/a%zzb%4").value()).isEqualTo("a%zzb%4");
        assertThat(OnvifScope.parse("onvif://www.onvif.org/name/%FF%FE").value()).isEqualTo("\uFFFD\uFFFD");
        assertThat(OnvifScope.parse("onvif://www.onvif.org/name/\uD83D\uDCF7cam").value()).isEqualTo("\uD83D\uDCF7cam");
    }

    @Test
    void firstSkipsBlankValuesAndMatchesCategoryIgnoringCase() {
        List<OnvifScope> scopes = OnvifScope.parseAll(List.of("onvif://www.onvif.org/name/", " ",
                "onvif://www.onvif.org/Name/Real", "onvif://www.onvif.org/name/Later"));

        assertThat(scopes).hasSize(3);
        assertThat(OnvifScope.first(scopes, "name")).isEqualTo("Real");
        assertThat(OnvifScope.first(scopes, "hardware")).isNull();
    }

    @Test
    void observationsCarryEveryScopeAndTheDecodedNameHardwareAndLocation() {
        List<OnvifScope> scopes = OnvifScope.parseAll(List.of("onvif://www.onvif.org/type/video_encoder",
                "onvif://www.onvif.org/name/Gate%201", "onvif://www.onvif.org/hardware/IPC-HFW1230S",
                "onvif://www.onvif.org/location/city/hanoi"));

        assertThat(OnvifScope.observations(scopes, 80)).containsExactly(
                new Observation(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/type/video_encoder", 80, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/name/Gate%201", 80, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/hardware/IPC-HFW1230S", 80, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE, "onvif://www.onvif.org/location/city/hanoi", 80, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE_NAME, "Gate 1", 80, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE_HARDWARE, "IPC-HFW1230S", 80, ServiceProtocol.ONVIF),
                new Observation(ObservationKinds.ONVIF_SCOPE_LOCATION, "city/hanoi", 80, ServiceProtocol.ONVIF));
    }
}
