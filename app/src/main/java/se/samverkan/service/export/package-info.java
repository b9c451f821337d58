/** Exporting lists (people, organisations, …) to spreadsheets and CSV, with column titles in the user's language. */
package se.samverkan.service.export;
