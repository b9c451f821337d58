/** The main window's frame: navigation rail, top bar with search and theme, content area, detail pane. */
package se.samverkan.ui.shell;
