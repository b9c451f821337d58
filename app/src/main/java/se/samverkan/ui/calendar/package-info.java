/** Kalender: the month and week views of workshops and forum meetings, holidays, double bookings, .ics export. */
package se.samverkan.ui.calendar;
