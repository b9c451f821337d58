/** The start of the window: first start (choose a password, empty or demo) and unlocking an existing database. */
package se.samverkan.ui.unlock;
