/**
 * Use cases, one class each: the transaction and authorization boundary between the web and
 * protocol layers and the community domain.
 */
package org.thirdspace.application;
