package org.matforge.spi.datasource;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.annotation.ElementType;

import org.matforge.api.plugin.PluginProperties;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link DataSource}: put it next to {@code @Component}.
 * Becomes {@code matforge.id}, {@code matforge.name}, {@code matforge.description}, {@code matforge.formats}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface DataSourceInfo {
    /** Prefix of the generated property names: {@link PluginProperties#PREFIX}. */
    String PREFIX_ = PluginProperties.PREFIX;

    /** @return stable id used by workflows, e.g. {@code "csv"} */
    String id();

    /** @return human-readable name */
    String name() default "";

    /** @return one-sentence description */
    String description() default "";

    /** @return formats or datasets it reads, e.g. {@code {"csv", "json"}} */
    String[] formats() default {};

    /** Service property: the formats or datasets it reads ({@code String[]}), {@code matforge.formats}. Since 1.1. */
    String FORMATS = PREFIX_ + "formats";
}
