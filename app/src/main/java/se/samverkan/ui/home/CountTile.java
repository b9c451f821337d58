package se.samverkan.ui.home;

import se.samverkan.domain.RecordKind;

/** One number on the home screen: how many records of a kind the database holds. */
public record CountTile(RecordKind kind, long count) {
}
