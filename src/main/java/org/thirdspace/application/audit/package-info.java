/** The audit log of administrative changes: who changed what, when, in which organisation. */
package org.thirdspace.application.audit;
