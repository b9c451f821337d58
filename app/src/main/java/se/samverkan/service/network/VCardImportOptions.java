package se.samverkan.service.network;

import java.util.Objects;

/**
 * How to import a {@code .vcf} file.
 *
 * @param dryRun    check and match everything, write nothing
 * @param validOnly import the valid cards even when others have errors (otherwise one error stops the whole file)
 */
public record VCardImportOptions(OnDuplicate onDuplicate, boolean dryRun, boolean validOnly) {

    public VCardImportOptions {
        Objects.requireNonNull(onDuplicate);
    }

    public static VCardImportOptions defaults() {
        return new VCardImportOptions(OnDuplicate.SKIP, false, false);
    }
}
