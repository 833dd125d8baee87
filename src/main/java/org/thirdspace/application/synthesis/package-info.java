/**
 * Use cases of the weekly synthesis: drafting a space's week (on demand by its synthesizers and
 * facilitators, and every week on a schedule for every space with a synthesizer), publishing it as
 * an artifact of type weekly synthesis, and showing it — the draft to those who edit it, the
 * published one at the top of the space.
 */
package org.thirdspace.application.synthesis;
