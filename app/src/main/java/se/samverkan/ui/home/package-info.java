/** The home screen: counts per area and what needs the coordinator's attention soon. */
package se.samverkan.ui.home;
