package org.matforge.commons.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Makes a Declarative Services component a Gogo command in the {@code mf} scope: put it next to
 * {@code @Component(service = ...)} with the names of its public command methods. bnd turns it into the service
 * properties {@code osgi.command.scope=mf} and {@code osgi.command.function=...} at build time, so it needs no
 * class at run time.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MfCommand {
    /** Prefix of the generated property names. */
    String PREFIX_ = "osgi.command.";
    /** Service property naming a command's scope: {@code osgi.command.scope}. */
    String SCOPE_PROPERTY = PREFIX_ + "scope";
    /** Service property naming a command's functions: {@code osgi.command.function}. */
    String FUNCTION_PROPERTY = PREFIX_ + "function";
    /** Service property with one line per function saying what it does, listed by {@code help}: {@code osgi.command.summary}. */
    String SUMMARY_PROPERTY = PREFIX_ + "summary";
    /** The scope of every MatForge command: {@code mf}, as in {@code mf:run}. */
    String SCOPE = "mf";

    /** @return the command scope; always {@value #SCOPE} */
    String scope() default SCOPE;

    /** @return the command names, each a public method of the component, e.g. {@code {"run", "runs"}} */
    String[] function();

    /**
     * @return what each command does, in one line (the same constant as its picocli {@code @Command} description),
     *         in the order of {@link #function()}
     */
    String[] summary() default {};
}
