/** Samverkansforum, their seats and meetings, and the coverage lists of goal 7. */
package se.samverkan.service.forums;
