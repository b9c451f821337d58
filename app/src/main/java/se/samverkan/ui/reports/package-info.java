/** The Rapportarkiv area: the reports made, a copy of one saved where the user chooses, old ones removed. */
package se.samverkan.ui.reports;
