package se.samverkan.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small JSON document (UTF-8, indented) from maps, records (an object keyed by the component names), lists,
 * text, numbers, booleans and nulls; any other value (a date, a time, an enum) is written as its text. Hand-written because the app writes JSON in one place only and a JSON
 * library would be a large dependency for that. Written next to the target and moved into place.
 */
public final class JsonFile {

    private JsonFile() {
    }

    /** Writes {@code value} (usually a map with its keys in the order they should appear) to {@code file}. */
    public static void write(Path file, Object value) throws IOException {
        AtomicFile.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(text(value));
            writer.write('\n');
            writer.flush();
        });
    }

    /** The JSON text of {@code value}, indented by two spaces per level. */
    public static String text(Object value) {
        StringBuilder text = new StringBuilder();
        append(text, value, "");
        return text.toString();
    }

    private static void append(StringBuilder text, Object value, String indent) {
        if (value == null) {
            text.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            text.append(value);
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                text.append("{}");
                return;
            }
            text.append("{\n");
            String inner = indent + "  ";
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                text.append(first ? "" : ",\n").append(inner);
                string(text, String.valueOf(e.getKey()));
                text.append(": ");
                append(text, e.getValue(), inner);
                first = false;
            }
            text.append('\n').append(indent).append('}');
        } else if (value instanceof Record record) {
            append(text, components(record), indent);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                text.append("[]");
                return;
            }
            text.append("[\n");
            String inner = indent + "  ";
            for (int i = 0; i < list.size(); i++) {
                text.append(i == 0 ? "" : ",\n").append(inner);
                append(text, list.get(i), inner);
            }
            text.append('\n').append(indent).append(']');
        } else {
            string(text, value.toString());
        }
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            try {
                map.put(c.getName(), c.getAccessor().invoke(record));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record component not readable: " + c.getName(), e);
            }
        }
        return map;
    }

    private static void string(StringBuilder text, String s) {
        text.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
