/** The contact network: people, organisations, relationships and interactions, and the analyses of the network map. */
package se.samverkan.service.network;
