package dev.rollsafe.rules;

import dev.rollsafe.model.Dialect;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on its class. The id is permanent once released: kebab-case, naming the hazard.
 * The summary is a fragment without a trailing period. {@code dialects} empty means every dialect.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    String id();

    Level level();

    String summary();

    Dialect[] dialects() default {};

    /** Free tags for reports (SARIF properties.tags), e.g. "locking", "expand-contract". */
    String[] tags() default {};
}
