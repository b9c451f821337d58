/** The Kostnadsfördelning area: the year's project cost and the branches' active members, split by the key. */
package se.samverkan.ui.costs;
