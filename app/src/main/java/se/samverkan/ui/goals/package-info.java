/** The Verksamhetsmål area: the follow-up dashboard, a branch's figures per goal, targets, outcomes and history. */
package se.samverkan.ui.goals;
