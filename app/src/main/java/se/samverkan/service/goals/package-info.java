/** Goal follow-up: targets and outcomes per branch, indicator and period, their status, trends and derived figures. */
package se.samverkan.service.goals;
