package se.samverkan.io.sheets;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * A parsed cell value or where and why it could not be parsed: the bundle key's arguments are the location
 * ({@code FILE:SHEET:ROW:COLUMN}) and the text found, so callers print e.g.
 * {@code lista.xlsx:Blad1:4:C: väntade ett datum, fann '31/02'}.
 */
public record ValueResult<T>(T value, Location location, String key, String found) {

    static <T> ValueResult<T> ok(T value) {
        return new ValueResult<>(value, null, null, null);
    }

    static <T> ValueResult<T> error(Location location, String key, String found) {
        return new ValueResult<>(null, location, key, found);
    }

    public boolean isOk() {
        return key == null;
    }

    public String message(ResourceBundle bundle) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(new Object[] {location.toString(), found});
    }
}
