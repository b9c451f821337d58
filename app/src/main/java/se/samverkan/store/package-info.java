/** Persistence: opens the encrypted H2 database, migrates it with Flyway and reads and writes it with jOOQ; the only layer that knows SQL. */
package se.samverkan.store;
