/** The Personer area: the people list with its filters, the person's details and the person form. */
package se.samverkan.ui.people;
