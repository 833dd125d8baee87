/**
 * E-mail digests: each person's preference, the composition of their digest (every item checked
 * again, at send time, against what they may read now), and the scheduled sending — one node at a
 * time under a database lease, each digest recorded with an idempotency key in the transaction
 * that sends it, failures retried with a growing wait. The e-mail itself goes through the
 * {@link org.thirdspace.application.digest.DigestMail} port.
 */
package org.thirdspace.application.digest;
