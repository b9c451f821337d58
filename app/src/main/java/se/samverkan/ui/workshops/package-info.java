/** The Workshops area: the list with its filters and the planning form (agenda, materials, after the workshop). */
package se.samverkan.ui.workshops;
