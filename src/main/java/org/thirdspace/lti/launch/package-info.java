/**
 * The LTI 1.3 launch: verification of the platform's id_token, reading of the LTI claims and
 * normalisation of roles (LTI Core 1.3 §5.3–5.4; 1EdTech Security Framework §5.1.3).
 */
package org.thirdspace.lti.launch;
