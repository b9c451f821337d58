/** Use cases in plain Java over the store: opening a workspace, counts, search, demo data, backups; no JavaFX, no SQL. */
package se.samverkan.service;
