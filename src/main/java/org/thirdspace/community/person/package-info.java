/** People as the community knows them: who they are in an organisation and what they chose to show. */
package org.thirdspace.community.person;
