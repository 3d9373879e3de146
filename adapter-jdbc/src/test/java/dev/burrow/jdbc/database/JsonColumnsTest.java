package dev.burrow.jdbc.database;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonColumnsTest {

    @Test
    void loose_values_read_back_as_the_domain_models_them() {
        Map<String, Object> read = JsonColumns.looseObject("""
                {"data_pipeline_error_threshold": 1, "plugin_disabled": false,
                 "project_weekly_digest_disabled": {"13": true, "12": false}, "name": "x", "list": [1, "a"]}
                """);

        assertThat(read.get("data_pipeline_error_threshold")).isInstanceOf(Double.class).isEqualTo(1.0d);
        assertThat(read.get("plugin_disabled")).isEqualTo(Boolean.FALSE);
        assertThat(read.get("project_weekly_digest_disabled")).isInstanceOf(LinkedHashMap.class)
                .isEqualTo(Map.of("13", true, "12", false));
        @SuppressWarnings("unchecked")
        Map<String, Object> digest = (Map<String, Object>) read.get("project_weekly_digest_disabled");
        assertThat(digest.keySet()).containsExactly("13", "12");
        assertThat(read.get("name")).isEqualTo("x");
        assertThat(read.get("list")).isEqualTo(List.of(1.0d, "a"));
        assertThat(read.keySet()).containsExactly("data_pipeline_error_threshold", "plugin_disabled",
                "project_weekly_digest_disabled", "name", "list");
    }

    @Test
    void maps_and_lists_round_trip() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("plan", "scale");
        metadata.put("region", "eu");

        assertThat(JsonColumns.stringMap(JsonColumns.write(metadata))).containsExactlyEntriesOf(metadata);
        assertThat(JsonColumns.strings(JsonColumns.write(List.of("user:read", "*")))).containsExactly("user:read", "*");
        assertThat(JsonColumns.longs(JsonColumns.write(List.of(4L, 9_007_199_254_740_993L))))
                .containsExactly(4L, 9_007_199_254_740_993L);
    }

    @Test
    void an_absent_value_stays_sql_null_and_an_empty_list_stays_a_list() {
        assertThat(JsonColumns.writeNullable(null)).isNull();
        assertThat(JsonColumns.writeNullable(List.of())).isEqualTo("[]");
        assertThat(JsonColumns.longs("[]")).isEmpty();
    }
}
