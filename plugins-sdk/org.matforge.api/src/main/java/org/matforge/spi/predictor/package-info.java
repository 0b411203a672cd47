/**
 * SPI — Property predictors: trained surrogates that predict a property with uncertainty, and
 * differentiable ones that give input gradients for explanations, and domain-aware ones that say how far an input
 * lies from their training data, and ones that know their training feature means (the baseline of explanations).
 */
@Export
@Version("1.4.0")
package org.matforge.spi.predictor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
