/** Issue #6: local political demands (status moves, the level and policy-area rule, the catalogue) and the 1 % goal. */
package se.samverkan.service.politics;
