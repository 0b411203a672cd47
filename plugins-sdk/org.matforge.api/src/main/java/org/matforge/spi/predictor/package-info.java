/**
 * SPI — Property predictors: trained surrogates that predict a property with uncertainty, and
 * differentiable ones that give input gradients for explanations.
 */
@Export
@Version("1.2.0")
package org.matforge.spi.predictor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
