/**
 * Flat tables of text fields as Apache Parquet files: {@link org.matforge.parquet.ParquetTableWriter} types each
 * column from all its values (whole numbers → INT64, numbers → DOUBLE, otherwise UTF-8 text; empty → null) and
 * {@link org.matforge.parquet.ParquetTableReader} reads any flat Parquet file back as text fields. The only package
 * this bundle exports; Parquet and Hadoop stay private to it.
 */
@Export
@Version("1.0.0")
package org.matforge.parquet;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
