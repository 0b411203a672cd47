package org.matforge.spi.predictor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.matforge.api.plugin.PluginProperties;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link PropertyPredictor}: put it next to {@code @Component}.
 * Becomes {@code matforge.id}, {@code matforge.name}, {@code matforge.description}, {@code matforge.target}, {@code matforge.unit}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PredictorInfo {
    /** Prefix of the generated property names: {@link PluginProperties#PREFIX}. */
    String PREFIX_ = PluginProperties.PREFIX;

    /** @return stable id used by workflows, unique among plug-ins of this kind */
    String id();

    /** @return human-readable name */
    String name() default "";

    /** @return one-sentence description */
    String description() default "";

    /** @return the predicted property, e.g. {@code "band_gap"} */
    String target();

    /** Service property: the predicted property, {@code matforge.target}. Since 1.2. */
    String TARGET = PREFIX_ + "target";

    /** @return the unit of the predicted property, e.g. {@code "eV"} */
    String unit() default "";

    /** Service property: the unit of the predicted property, {@code matforge.unit}. Since 1.2. */
    String UNIT = PREFIX_ + "unit";
}
