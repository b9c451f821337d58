/** Relationships, logged contacts (interactions and follow-ups), stakeholder assessments and the influence/interest grid. */
package se.samverkan.ui.relations;
