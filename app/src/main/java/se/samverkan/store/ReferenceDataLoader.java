package se.samverkan.store;

import static se.samverkan.store.jooq.Tables.COUNTY;
import static se.samverkan.store.jooq.Tables.MUNICIPALITY;
import static se.samverkan.store.jooq.Tables.NUTS_AREA;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Loads the shipped geography (8 NUTS 2 areas, 21 counties, 290 municipalities; sources in refdata/SOURCES.md) into
 * a database that does not have it yet. Kept as CSV resources rather than SQL so the sourced files stay the single
 * truth and can be replaced as they are.
 */
final class ReferenceDataLoader {

    private final DSLContext dsl;

    ReferenceDataLoader(DSLContext dsl) {
        this.dsl = dsl;
    }

    void loadIfMissing() {
        if (dsl.fetchCount(NUTS_AREA) > 0) {
            return;
        }
        var nuts = dsl.batch(dsl.insertInto(NUTS_AREA, NUTS_AREA.CODE, NUTS_AREA.NAME_SV, NUTS_AREA.NAME_EN, NUTS_AREA.NUTS1_CODE)
                .values((String) null, null, null, null));
        for (String[] row : read("nuts2.csv", 5)) {
            nuts.bind(row[0], row[1], row[2], row[3]);
        }
        nuts.execute();
        var counties = dsl.batch(dsl.insertInto(COUNTY, COUNTY.CODE, COUNTY.NAME_SV, COUNTY.REGION_NAME, COUNTY.REGION_TYPE,
                        COUNTY.NUTS_CODE, COUNTY.NUTS3_CODE, COUNTY.AF_REGION, COUNTY.AF_REGION_NAME, COUNTY.AF_REGION_SEAT)
                .values((String) null, null, null, null, null, null, null, null, null));
        for (String[] row : read("lan.csv", 9)) {
            counties.bind((Object[]) row);
        }
        counties.execute();
        var municipalities = dsl.batch(dsl.insertInto(MUNICIPALITY, MUNICIPALITY.CODE, MUNICIPALITY.NAME_SV, MUNICIPALITY.COUNTY_CODE)
                .values((String) null, null, null));
        for (String[] row : read("kommuner.csv", 3)) {
            municipalities.bind((Object[]) row);
        }
        municipalities.execute();
    }

    /** Reads a shipped CSV (UTF-8, comma-separated, no quoting, header line skipped). */
    static List<String[]> read(String name, int columns) {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream("/refdata/" + name)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the application: " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            String line;
            int lineNo = 1;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(name + ":" + lineNo + ": expected " + columns + " columns, found " + cells.length);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
