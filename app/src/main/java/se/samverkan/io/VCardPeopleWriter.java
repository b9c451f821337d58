package se.samverkan.io;

import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.StructuredName;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import se.samverkan.domain.ContactCard;

/**
 * Writes people as one {@code .vcf} file, one vCard 3.0 per person (see decision record 0008: what phones and Outlook
 * import best), UTF-8 without byte-order mark, CRLF, long lines folded, written atomically. A card carries names,
 * title, organisation, e-mail, phone and municipality/county as the work address; {@link ContactCard} has no place
 * for special-category data, so none can reach the file.
 */
public final class VCardPeopleWriter {

    static final String PRODUCT_ID = "-//Samverkan//Samverkan//SV";

    private VCardPeopleWriter() {
    }

    /** Writes {@code cards} to {@code file} (replacing it only once complete); returns how many were written. */
    public static int write(Path file, List<ContactCard> cards) throws IOException {
        AtomicFile.write(file, out -> {
            Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (VCardWriter writer = new VCardWriter(text, VCardVersion.V3_0)) {
                writer.setAddProdId(false);
                // Structured values (N, ADR) keep all their fields: strict parsers reject a shortened ADR.
                writer.setIncludeTrailingSemicolons(true);
                for (ContactCard card : cards) {
                    writer.write(toVCard(card));
                }
            }
        });
        return cards.size();
    }

    static VCard toVCard(ContactCard c) {
        VCard card = new VCard();
        card.setProductId(PRODUCT_ID);
        StructuredName n = new StructuredName();
        n.setFamily(c.lastName());
        n.setGiven(c.firstName());
        card.setStructuredName(n);
        card.setFormattedName(c.displayName());
        if (present(c.title())) {
            card.addTitle(c.title());
        }
        if (present(c.organisation())) {
            card.setOrganization(c.organisation());
        }
        for (String email : c.emails()) {
            card.addEmail(email, EmailType.INTERNET, EmailType.WORK);
        }
        for (String phone : c.phones()) {
            // Swedish mobile numbers start 07: phones file them as mobile, the rest as work.
            card.addTelephoneNumber(phone, phone.startsWith("07") ? TelephoneType.CELL : TelephoneType.WORK);
        }
        if (present(c.municipality()) || present(c.county())) {
            Address address = new Address();
            address.setLocality(c.municipality());
            address.setRegion(c.county());
            address.getTypes().add(AddressType.WORK);
            card.addAddress(address);
        }
        return card;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
