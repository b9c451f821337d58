/** The global search of the top bar and the pane that shows the record a hit opens. */
package se.samverkan.ui.search;
