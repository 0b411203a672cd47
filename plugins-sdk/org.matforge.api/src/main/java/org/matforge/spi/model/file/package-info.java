/**
 * SPI — The MatForge model file ({@code .mfm}), the one container every model loader, model bundle, workflow and
 * command of the platform reads: a zip whose first entry is the model's metadata as JSON, then the model's named
 * binary entries, then a table of contents with each entry's size and SHA-256. A vendor's trainer writes one with
 * {@link org.matforge.spi.model.file.ModelFile#of} and {@link org.matforge.spi.model.file.ModelFile#write}, and its
 * {@link org.matforge.spi.model.ModelLoader} reads it back with {@link org.matforge.spi.model.file.ModelFile#read};
 * nothing but this bundle is needed. {@link org.matforge.spi.model.file.ModelFiles} is how the platform reads a file's
 * metadata and loads a file with the loader of the trainer that made it. The format is described in
 * {@code docs/models.md}.
 */
@Export
@Version("1.0.0")
package org.matforge.spi.model.file;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
