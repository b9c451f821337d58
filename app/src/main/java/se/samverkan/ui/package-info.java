/** The JavaFX window: unlock and first start, the main window with its navigation rail, the home screen and search. */
package se.samverkan.ui;
