package org.matforge.spi.generator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.matforge.api.plugin.PluginProperties;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link GenerativeModel}: put it next to {@code @Component}.
 * Becomes {@code matforge.id}, {@code matforge.name}, {@code matforge.description}, {@code matforge.conditional}, {@code matforge.targets}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GeneratorInfo {
    /** Prefix of the generated property names: {@link PluginProperties#PREFIX}. */
    String PREFIX_ = PluginProperties.PREFIX;

    /** @return stable id used by workflows, unique among plug-ins of this kind */
    String id();

    /** @return human-readable name */
    String name() default "";

    /** @return one-sentence description */
    String description() default "";

    /** @return whether {@code sample} accepts a property condition */
    boolean conditional() default false;

    /** Service property: whether it accepts a property condition ({@code Boolean}), {@code matforge.conditional}. Since 1.2. */
    String CONDITIONAL = PREFIX_ + "conditional";

    /** @return the property targets it can be conditioned on, if any */
    String[] targets() default {};

    /** Service property: the targets it can be conditioned on ({@code String[]}), {@code matforge.targets}. Since 1.2. */
    String TARGETS = PREFIX_ + "targets";
}
