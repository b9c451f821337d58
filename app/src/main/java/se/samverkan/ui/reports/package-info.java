/**
 * The report dialog (choose a report, its scope, period and parts, and write it with progress and cancel) and the
 * Rapportarkiv area (the reports made, a copy of one saved where the user chooses, old ones removed).
 */
package se.samverkan.ui.reports;
