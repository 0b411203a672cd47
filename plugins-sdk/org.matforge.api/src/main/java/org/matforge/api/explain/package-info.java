/**
 * Explanations of property predictions: global feature importance (permutation importance, per feature and per
 * group of related features) and local attributions per composition (integrated gradients for differentiable
 * predictors, Shapley sampling for any other), through the {@link org.matforge.api.explain.Explainer} service.
 */
@Export
@Version("1.0.0")
package org.matforge.api.explain;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
