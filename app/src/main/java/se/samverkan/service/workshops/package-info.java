/** Workshops and trainings: planning, agenda fit, materials checklist, participants and the list. */
package se.samverkan.service.workshops;
