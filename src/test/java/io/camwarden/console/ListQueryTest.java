package io.camwarden.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListQueryTest {

    @Test
    void linksKeepEveryFilterAndLeaveOutBlankOnes() {
        ListQuery q = new ListQuery("/devices").with("vendor", "Hikvision").with("model", " ").with("kind", null)
                .with("ip", "10.20.0.0/16").with("page", 3);
        assertThat(q.url()).isEqualTo("/devices?vendor=Hikvision&ip=10.20.0.0%2F16&page=3");
        assertThat(q.page(4)).isEqualTo("/devices?vendor=Hikvision&ip=10.20.0.0%2F16&page=4");
    }

    @Test
    void sortingStartsOnTheFirstPageAndASecondClickReverses() {
        ListQuery q = new ListQuery("/devices").with("q", "cam").with("page", 2);
        assertThat(q.sortedBy("vendor")).isEqualTo("/devices?q=cam&sort=vendor");
        assertThat(q.direction("vendor")).isNull();
        assertThat(q.ariaSort("vendor")).isEqualTo("none");
        ListQuery sorted = new ListQuery("/devices").with("sort", "vendor");
        assertThat(sorted.direction("vendor")).isEqualTo("asc");
        assertThat(sorted.ariaSort("vendor")).isEqualTo("ascending");
        assertThat(sorted.sortedBy("vendor")).isEqualTo("/devices?sort=vendor%2Cdesc");
        ListQuery reversed = new ListQuery("/devices").with("sort", "vendor,desc");
        assertThat(reversed.ariaSort("vendor")).isEqualTo("descending");
        assertThat(reversed.sortedBy("vendor")).isEqualTo("/devices?sort=vendor");
        assertThat(reversed.direction("model")).isNull();
    }

    @Test
    void valuesThatMeanSomethingInAnAddressAreEscaped() {
        assertThat(new ListQuery("/devices").with("q", "a+b & c=d #1 {x} Quận 1").url())
                .isEqualTo("/devices?q=a%2Bb+%26+c%3Dd+%231+%7Bx%7D+Qu%E1%BA%ADn+1");
    }
}
