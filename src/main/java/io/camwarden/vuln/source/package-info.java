/**
 * Readers of vulnerability data files (NVD CVE API 2.0, CVE JSON 5, CISA KEV, FIRST EPSS, CamWarden vendor
 * advisories) into the records of {@code io.camwarden.domain.vuln}. They stream: a file of any size is read
 * one record at a time, and a record that cannot be read is reported and skipped, never taking the rest
 * of the file with it.
 */
package io.camwarden.vuln.source;
