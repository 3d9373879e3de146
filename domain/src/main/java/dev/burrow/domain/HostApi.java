package dev.burrow.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type a host service may use when it embeds burrow: the builder, the ports a host implements, the
 * provisioning calls and the values they speak. Everything unmarked is burrow's own and may change without notice.
 * Kept at run time so the architecture tests can hold the line (see {@code dev.burrow.embedded}'s package notes).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface HostApi {
}
