// SPDX-License-Identifier: EPL-2.0
/**
 * Synthetic Chorus Pro directories for tests and benchmarks: {@link DirectoryGenerator} writes one
 * of any size in the official XLSX, CSV and API ZIP layouts; {@link XlsxWriter} and
 * {@link CsvWriter} write hand-made ones (bad input, edge cases). Not for production use.
 *
 * @since 0.1
 */
package org.choral.directory.testdata;
