/**
 * File formats: spreadsheets and lists written and read with Apache POI and plain CSV, people as vCards (ez-vcard);
 * no database, no JavaFX.
 */
package se.samverkan.io;
