package dev.burrow.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A storage test that runs twice, on a fresh H2 and a fresh PostgreSQL database: the method takes a
 * {@code Supplier<TestStorage>} and closes what it gets.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@MethodSource("dev.burrow.jdbc.JdbcTesting#databases")
@interface OnBothDatabases {
}
