/** Generates the fictional, deterministic demo data set and loads it into an empty workspace in one transaction. */
package se.samverkan.service.demo;
