/** The fördelningsnyckel: the project's yearly cost split 50/50 and the branches' half by active members. */
package se.samverkan.service.costs;
