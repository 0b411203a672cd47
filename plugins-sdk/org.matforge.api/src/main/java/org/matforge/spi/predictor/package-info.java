/**
 * SPI — Property predictors: trained surrogates that predict a property with uncertainty.
 */
@Export
@Version("1.0.0")
package org.matforge.spi.predictor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
