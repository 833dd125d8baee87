/**
 * Inbound HTTP plumbing shared by every HTTP surface (the LTI endpoints, the learner UI and its
 * API, the admin API, the emulator): the JAX-RS application, problem+json for the use cases'
 * failures, security headers, the database gate and static files; the tool session in
 * {@code session}, page templates and messages in {@code page}. It knows the application layer,
 * never the surfaces above it.
 */
package org.thirdspace.http;
