/**
 * The contact network: interactions, relationships, stakeholder assessments and relationship health, and the
 * analyses of the network map (graph, layout).
 */
package se.samverkan.service.network;
