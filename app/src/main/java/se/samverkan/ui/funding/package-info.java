/** The Strukturfonder area: the project list with its tabbed form (project, budget, targets, partners) and the timeline. */
package se.samverkan.ui.funding;
