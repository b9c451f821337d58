package se.samverkan.service.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import se.samverkan.domain.PersonExtract;
import se.samverkan.io.JsonFile;

/**
 * The person extract as JSON (issue #9: the register extract in a machine-readable form): what the extract is and
 * when it was made, then the extract's records with their fields as named in {@link PersonExtract}; codes stay codes.
 */
final class PersonExtractJson {

    /** Names the document's kind, so a reader can tell it from other JSON; bump when the shape changes. */
    static final String FORMAT = "samverkan-person-extract/1";
    private final LocalDate today;

    PersonExtractJson(LocalDate today) {
        this.today = today;
    }

    void write(PersonExtract extract, Path file) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("basis", "GDPR art. 15");
        document.put("created", today);
        document.put("extract", extract);
        JsonFile.write(file, document);
    }
}
