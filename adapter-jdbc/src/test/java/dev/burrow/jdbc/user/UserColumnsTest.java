package dev.burrow.jdbc.user;

import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link UserRow#COLUMNS} is the one declaration of the {@code users} columns: it must name every component of the
 * row, in order, with the component's type, or a new column would be read but never written (or the reverse).
 */
class UserColumnsTest {

    @Test
    void the_declaration_names_every_component_of_the_row_in_order_with_its_type() {
        List<RecordComponent> components = Arrays.asList(UserRow.class.getRecordComponents());
        assertThat(UserRow.COLUMNS.stream().map(column -> column.name().replace("_", "")).toList())
                .isEqualTo(components.stream().map(c -> c.getName().toLowerCase(Locale.ROOT)).toList());
        assertThat(UserRow.COLUMNS.stream().map(UserRow.Column::type).toList())
                .isEqualTo(components.stream().map(RecordComponent::getType).toList());
    }

    @Test
    void the_update_writes_every_column_but_the_id_and_counts_the_version_up() {
        assertThat(UserColumns.UPDATE)
                .contains("passkeys_enabled_for_2fa = :passkeys_enabled_for_2fa")
                .doesNotContain("id = :id,")
                .endsWith("version = version + 1 where id = :id and version = :version");
        assertThat(UserColumns.INSERT).contains(UserColumns.COLUMNS).contains(":version)");
    }
}
