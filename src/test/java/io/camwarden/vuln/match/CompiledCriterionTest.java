package io.camwarden.vuln.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index keeps criteria strings in shared parts: put together, they are what NVD wrote, byte for byte. */
class CompiledCriterionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "cpe:2.3:o:hikvision:ds-2cd2032-i_firmware:*:*:*:*:*:*:*:*",
            "cpe:2.3:h:hikvision:ds-2cd2732f-i\\(s\\):-:*:*:*:*:*:*:*",
            "cpe:2.3:o:dlink:dcs-930l_firmware:1.04:*:*:*:*:*:*:*",
            "cpe:2.3:a:genivia:gsoap:2.8:*:*:*:*:*:*:*",
            "cpe:2.3:o:hikvision:firmware", // too few fields for cpe-parser: unreadable, kept whole
            "not a cpe at all"})
    void criteriaComeBackAsWritten(String criteria) {
        CompiledCriterion c = CompiledCriterion.parse(criteria);
        assertThat(c.criteria()).isEqualTo(criteria);
        assertThat(c.pooled(new StringPool(), c.product()).criteria()).isEqualTo(criteria);
    }
}
