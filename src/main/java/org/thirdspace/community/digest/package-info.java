/**
 * E-mail digests: how often a person wants one ({@link org.thirdspace.community.digest.DigestFrequency}),
 * who is due for one, and the record of every digest sent.
 */
package org.thirdspace.community.digest;
