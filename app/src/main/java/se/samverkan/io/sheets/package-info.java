/**
 * Reads spreadsheets forgivingly for import: xlsx (streamed), xls, ods and csv (separator and encoding detected) into
 * located rows of cells, finds the header row, and parses Swedish and ISO dates and numbers; decision 0025.
 */
package se.samverkan.io.sheets;
