/** Immutable records and enums of the coordinator's domain; depends on nothing else in the application. */
package se.samverkan.domain;
