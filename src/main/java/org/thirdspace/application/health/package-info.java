/** Community health for the console: one use case, aggregates only. */
package org.thirdspace.application.health;
