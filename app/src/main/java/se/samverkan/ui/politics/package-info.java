/** The Politik area (issue #6): the demand list and form, the inspiration catalogue and the 1 % goal. */
package se.samverkan.ui.politics;
