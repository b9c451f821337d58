/** Use cases of the home screen and the global search: read-only views over the workspace. */
package se.samverkan.service.home;
