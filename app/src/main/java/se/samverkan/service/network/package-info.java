/** Use cases of the contact network: interactions, follow-ups, relationships, stakeholder assessments and health. */
package se.samverkan.service.network;
