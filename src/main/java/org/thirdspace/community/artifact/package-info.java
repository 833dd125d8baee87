/**
 * Performance-support artifacts: what a conversation becomes when people reuse it at work (a job
 * aid, a checklist, an FAQ entry, a worked example, ...). An artifact keeps where it came from
 * (provenance that survives edits of its sources), who was quoted and whether they agreed to go
 * wider, a named steward and backup verifier, how far it has been verified, when it falls due for
 * review, and every version with who and why. PRODUCT.md pillar 6; the seeds' "artifacts that can
 * be used for reference or performance support".
 */
package org.thirdspace.community.artifact;
