/** The report dialog: choose a report, its scope, period and parts, and write it with progress and cancel. */
package se.samverkan.ui.reports;
