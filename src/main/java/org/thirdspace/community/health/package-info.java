/**
 * Community health, the L&amp;D view of the seeds' claims: how many members create, contribute,
 * read or sleep (next to the 90-9-1 and 65-15-20 reference splits), who moved inward or drifted
 * out, how fast questions are answered, whether new contributors stay, how many ties conversations
 * make across departments and regions, and what the conversations yielded. Aggregates only: no
 * figure describes fewer than {@link org.thirdspace.community.health.SmallGroups#MINIMUM} people.
 */
package org.thirdspace.community.health;
