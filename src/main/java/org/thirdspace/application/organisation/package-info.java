/**
 * An organisation's defaults (report threshold, digest frequency, who starts spaces, its code of
 * conduct): the administrators' use cases, and the defaults in force that other use cases ask.
 */
package org.thirdspace.application.organisation;
