/** The contact network's use cases: people and organisations, their validation and duplicate detection. */
package se.samverkan.service.network;
