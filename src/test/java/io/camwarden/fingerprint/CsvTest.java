package io.camwarden.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static final List<String> HEADER = List.of("a", "b");

    private static List<Csv.Row> read(String text) {
        return Csv.read("t.csv", new StringReader(text), HEADER);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirLine() {
        List<Csv.Row> rows = read("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\nlast,row");
        assertThat(rows).extracting(Csv.Row::line).containsExactly(2, 3, 6);
        assertThat(rows.get(0).cells()).containsExactly("x, y", "say \"hi\"");
        assertThat(rows.get(1).cells()).containsExactly("two\nlines", "z");
        assertThat(rows.get(2).cells()).containsExactly("last", "row");
        assertThat(rows.get(2).cell(5)).isEmpty();
        assertThat(read("a,b\n\"\",\n").getFirst().cells()).containsExactly("", "");
    }

    @Test
    void malformedFilesNameTheFileAndLine() {
        assertThatThrownBy(() -> read("a,b\nx,\"never closed\n"))
                .isInstanceOf(FingerprintDataException.class).hasMessage("t.csv line 2: a quoted field is never closed");
        assertThatThrownBy(() -> read("a,b\nx,y\"z\n"))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("t.csv line 2");
        assertThatThrownBy(() -> read("a,b\n\"x\"y,z\n"))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("after a closing quote");
        assertThatThrownBy(() -> read("b,a\n"))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("must start with the header a,b");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(FingerprintDataException.class).hasMessageContaining("is empty");
    }
}
