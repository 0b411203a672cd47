/**
 * SPI — Property predictors: trained surrogates that predict a property with uncertainty, and
 * differentiable ones that give input gradients for explanations, and domain-aware ones that say how far an input
 * lies from their training data.
 */
@Export
@Version("1.3.0")
package org.matforge.spi.predictor;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
