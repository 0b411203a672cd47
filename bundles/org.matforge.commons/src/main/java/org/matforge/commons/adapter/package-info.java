/**
 * The one way a Declarative Services component delegates to its algorithm: a plug-in component extends the
 * {@code Delegating*} base of its SPI interface and passes the plain-Java algorithm (which implements that interface)
 * to the constructor; every call is forwarded.
 */
package org.matforge.commons.adapter;
