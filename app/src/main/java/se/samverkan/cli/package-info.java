/** The command line (shared/CLI.md) over the same services as the window, for automation and headless checks. */
package se.samverkan.cli;
