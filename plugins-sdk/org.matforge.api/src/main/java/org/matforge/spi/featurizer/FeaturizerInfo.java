package org.matforge.spi.featurizer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.matforge.api.plugin.PluginProperties;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link Featurizer}: put it next to {@code @Component}.
 * Becomes {@code matforge.id}, {@code matforge.name}, {@code matforge.description}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface FeaturizerInfo {
    /** Prefix of the generated property names: {@link PluginProperties#PREFIX}. */
    String PREFIX_ = PluginProperties.PREFIX;

    /** @return stable id used by workflows, unique among plug-ins of this kind */
    String id();

    /** @return human-readable name */
    String name() default "";

    /** @return one-sentence description */
    String description() default "";
}
