package dev.burrow.domain.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The texts Python would print, checked against what CPython 3 prints for the same values. */
class PythonTextTest {

    @ParameterizedTest
    @CsvSource({
            "12345678.5, 12345678.5",
            "-0.0001, -0.0001",
            "0.0001, 0.0001",
            "0.00001, 1e-05",
            "1.5e-5, 1.5e-05",
            "1e16, 1e+16",
            "9999999999999998, 9999999999999998.0",
            "1.2345678901234568e17, 1.2345678901234568e+17",
            "1e22, 1e+22",
            "1e100, 1e+100",
            "1.0, 1.0",
            "0.1, 0.1",
            "0.25, 0.25",
            "-2.5, -2.5",
            "0.0, 0.0",
    })
    void floats_print_as_python_repr_does(String json, String python) {
        assertThat(PythonText.str(new BigDecimal(json))).isEqualTo(python);
    }

    @Test
    void negative_zero_keeps_its_sign() {
        assertThat(PythonText.str(-0.0d)).isEqualTo("-0.0");
    }

    @Test
    void strings_print_with_pythons_quotes_and_escapes() {
        assertThat(PythonText.repr("plain")).isEqualTo("'plain'");
        assertThat(PythonText.repr("it's")).isEqualTo("\"it's\"");
        assertThat(PythonText.repr("it's \"x\"")).isEqualTo("'it\\'s \"x\"'");
        assertThat(PythonText.repr("a\\b")).isEqualTo("'a\\\\b'");
        assertThat(PythonText.repr("a\nb\tc\rd")).isEqualTo("'a\\nb\\tc\\rd'");
        assertThat(PythonText.repr("\u0000\u007f")).isEqualTo("'\\x00\\x7f'");
        assertThat(PythonText.repr("zero\u200bwidth")).isEqualTo("'zero\\u200bwidth'");
        assertThat(PythonText.repr("Zo\u00eb \uD83E\uDD94")).isEqualTo("'Zo\u00eb \uD83E\uDD94'");
        assertThat(PythonText.repr("nbsp\u00a0")).isEqualTo("'nbsp\\xa0'");
    }

    @Test
    void containers_print_their_members_as_repr() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", List.of(1L, "it's", true));
        map.put("b", null);

        assertThat(PythonText.str(map)).isEqualTo("{'a': [1, \"it's\", True], 'b': None}");
        assertThat(PythonText.typeName(map)).isEqualTo("dict");
    }

    @Test
    void strip_removes_what_python_counts_as_space() {
        assertThat(PythonText.strip("\u00a0 Ada\u202f\u0085\u2007\u3000")).isEqualTo("Ada");
        assertThat(PythonText.strip("\u001c\u001fAda\t\n")).isEqualTo("Ada");
        assertThat(PythonText.strip("\u200bAda")).isEqualTo("\u200bAda");
        assertThat(PythonText.strip("   ")).isEmpty();
    }
}
