/** The Samverkansforum area: the forum list with seats and meetings, the coverage matrix and the watch lists. */
package se.samverkan.ui.forums;
