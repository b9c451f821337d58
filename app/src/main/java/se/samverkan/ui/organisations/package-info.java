/** The Organisationer area: the organisations list and the organisation form. */
package se.samverkan.ui.organisations;
