/** Structural-fund projects: validation and status moves, the budget's balance and ESF-share checks, target progress. */
package se.samverkan.service.funding;
