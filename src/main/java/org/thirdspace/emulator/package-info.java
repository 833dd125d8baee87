/**
 * A built-in LMS that speaks real LTI 1.3 to the tool: its own registration, keys, OIDC
 * authorization endpoint and signed launches. Enabled by the run command for newcomers and by the
 * tests; off by default. It is a separate party and shares no protocol code with the tool's LTI layer.
 */
package org.thirdspace.emulator;
