package dev.burrow.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.burrow.domain.organization.Organization;
import dev.burrow.domain.organization.OrganizationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataSourcesTest {

    @Test
    void a_jdbc_url_is_used_as_it_is() {
        assertThat(DataSources.locate("jdbc:postgresql://db:5432/burrow?user=a&password=b"))
                .isEqualTo(new DataSources.Location("jdbc:postgresql://db:5432/burrow?user=a&password=b", null, null));
        assertThat(DataSources.locate(" jdbc:h2:mem:x;MODE=PostgreSQL "))
                .isEqualTo(new DataSources.Location("jdbc:h2:mem:x;MODE=PostgreSQL", null, null));
    }

    @Test
    void a_postgres_url_becomes_a_jdbc_url_with_the_credentials_beside_it() {
        assertThat(DataSources.locate("postgres://burrow:s3cret@db.example.com:6543/users?sslmode=require"))
                .isEqualTo(new DataSources.Location("jdbc:postgresql://db.example.com:6543/users?sslmode=require",
                        "burrow", "s3cret"));
        assertThat(DataSources.locate("postgresql://burrow:s3cret@db.example.com/users"))
                .isEqualTo(new DataSources.Location("jdbc:postgresql://db.example.com/users", "burrow", "s3cret"));
    }

    @Test
    void percent_encoded_credentials_are_decoded_and_a_plus_stays_a_plus() {
        DataSources.Location location = DataSources.locate(
                "postgres://app%40acme:p%40ss%3Aw%2Fo%23rd+%25x%20%C3%A4@localhost:5432/burrow");

        assertThat(location.user()).isEqualTo("app@acme");
        assertThat(location.password()).isEqualTo("p@ss:w/o#rd+%x ä");
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/burrow");
    }

    @Test
    void missing_credentials_are_left_to_the_driver() {
        assertThat(DataSources.locate("postgres://alice@localhost/burrow"))
                .isEqualTo(new DataSources.Location("jdbc:postgresql://localhost/burrow", "alice", null));
        assertThat(DataSources.locate("postgres://localhost:5432/burrow"))
                .isEqualTo(new DataSources.Location("jdbc:postgresql://localhost:5432/burrow", null, null));
        assertThat(DataSources.locate("postgres://alice:@[::1]:5432/burrow").jdbcUrl())
                .isEqualTo("jdbc:postgresql://[::1]:5432/burrow");
    }

    @Test
    void urls_that_cannot_be_read_are_refused_without_repeating_the_password() {
        assertThatThrownBy(() -> DataSources.locate("mysql://root:hunter2@localhost/burrow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mysql")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> DataSources.locate("postgres://root:hun#ter2@localhost/burrow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hun#ter2");
        assertThatThrownBy(() -> DataSources.locate("postgres://root:hun ter2@localhost/burrow"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("hun ter2");
        assertThatThrownBy(() -> DataSources.locate(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_location_never_prints_its_password() {
        assertThat(DataSources.locate("postgres://burrow:s3cret@db/users").toString()).doesNotContain("s3cret");
    }

    @Test
    void the_embedded_default_is_a_durable_h2_file_in_postgresql_mode_shared_with_other_processes() {
        assertThat(DataSources.h2File(Path.of("/var/lib/burrow/./data")))
                .isEqualTo("jdbc:h2:file:/var/lib/burrow/data/burrow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }

    @Test
    void the_h2_file_keeps_its_data_across_pools(@TempDir Path directory) {
        Organization acme = Organization.create(OrganizationId.random(), "Acme", "acme",
                Instant.parse("2026-11-28T10:00:00Z"));
        try (HikariDataSource pool = DataSources.pool(DataSources.h2File(directory), 2)) {
            JdbcStorage storage = new JdbcStorage(pool);
            storage.migrate();
            storage.organizations().add(acme);
        }

        try (HikariDataSource pool = DataSources.pool(DataSources.h2File(directory), 2)) {
            JdbcStorage storage = new JdbcStorage(pool);
            assertThat(storage.migrate()).isZero();
            assertThat(storage.organizations().organization(acme.id())).contains(acme);
        }
    }

}
