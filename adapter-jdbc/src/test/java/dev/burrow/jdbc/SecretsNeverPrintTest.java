package dev.burrow.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A row holding a secret or a hash of one prints everything but it, should it ever reach a log. */
class SecretsNeverPrintTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "dev.burrow.jdbc.user.UserRow; password",
            "dev.burrow.jdbc.user.EmailVerificationRow; codeHash",
            "dev.burrow.jdbc.apikey.PersonalApiKeyRow; secureValue",
            "dev.burrow.jdbc.session.SessionRow; id csrfSecret",
            "dev.burrow.jdbc.twofactor.TotpDeviceRow; secretHex",
            "dev.burrow.jdbc.twofactor.BackupCodeRow; codeHash",
            "dev.burrow.jdbc.twofactor.TwoFactorSetupRow; sessionId secretHex",
            "dev.burrow.jdbc.github.LinkStateRow; tokenHash"})
    void a_row_prints_without_its_secrets(String row, String secrets) throws Exception {
        Class<?> type = Class.forName(row);
        RecordComponent[] components = type.getRecordComponents();
        Constructor<?> constructor = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        constructor.setAccessible(true);
        Object[] values = Arrays.stream(components).map(SecretsNeverPrintTest::sample).toArray();

        String printed = constructor.newInstance(values).toString();

        List<String> hidden = List.of(secrets.split(" "));
        assertThat(hidden).allMatch(name -> Arrays.stream(components).anyMatch(c -> c.getName().equals(name)));
        for (RecordComponent component : components) {
            if (component.getType() == String.class && hidden.contains(component.getName())) {
                assertThat(printed).as(component.getName()).doesNotContain(component.getName() + "-value")
                        .contains(component.getName() + "=***");
            }
        }
        assertThat(printed).startsWith(type.getSimpleName() + "[");
    }

    private static Object sample(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return component.getName() + "-value";
        }
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type == int.class || type == Integer.class) {
            return 7;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        if (type == UUID.class) {
            return UUID.randomUUID();
        }
        throw new IllegalArgumentException("no sample for " + component);
    }
}
