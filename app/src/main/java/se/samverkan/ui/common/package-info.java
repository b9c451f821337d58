/** Shared pieces of the window: background tasks, error messages, icons, theme and window settings. */
package se.samverkan.ui.common;
