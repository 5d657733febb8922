package io.camwarden.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The console's content security policy admits exactly the map tile server the operator configured. */
class TileImageSourceTest {

    @Test
    void noTileServerAddsNoSource() {
        assertThat(SecurityConfig.imageSource("")).isEmpty();
        assertThat(SecurityConfig.imageSource(null)).isEmpty();
    }

    @Test
    void theTileServersOriginIsAdmittedAndASubdomainPlaceholderBecomesAWildcard() {
        assertThat(SecurityConfig.imageSource("https://tiles.city.internal/{z}/{x}/{y}.png"))
                .isEqualTo(" https://tiles.city.internal");
        assertThat(SecurityConfig.imageSource("http://10.20.0.5:8081/osm/{z}/{x}/{y}.png"))
                .isEqualTo(" http://10.20.0.5:8081");
        assertThat(SecurityConfig.imageSource("https://{s}.tiles.city.internal/{z}/{x}/{y}.png"))
                .isEqualTo(" https://*.tiles.city.internal");
    }

    @Test
    void anythingButAnHttpUrlIsRefusedAtStart() {
        assertThatThrownBy(() -> SecurityConfig.imageSource("tiles.city.internal/{z}/{x}/{y}.png"))
                .hasMessageContaining("must start with http:// or https://");
        assertThatThrownBy(() -> SecurityConfig.imageSource("https://evil'; script-src *"))
                .hasMessageContaining("unusable host");
    }
}
