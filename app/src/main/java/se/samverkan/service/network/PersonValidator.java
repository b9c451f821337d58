package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.samverkan.domain.FieldError;
import se.samverkan.domain.Person;
import se.samverkan.domain.ValidationResult;

/** Field checks shared by people and organisations; message keys are bundle keys under {@code ui.validation.}. */
final class PersonValidator {

    static final String REQUIRED = "ui.validation.required";
    static final String EMAIL = "ui.validation.email";
    static final String PHONE = "ui.validation.phone";
    static final String MUNICIPALITY_COUNTY = "ui.validation.municipalityCounty";

    private PersonValidator() {
    }

    /** {@code countyOfMunicipality} maps each municipality code to its county code (reference data). */
    static ValidationResult validate(Person p, Map<String, String> countyOfMunicipality) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, PeopleService.FIRST_NAME, p.firstName());
        required(errors, PeopleService.LAST_NAME, p.lastName());
        contact(errors, p.email(), p.phone());
        place(errors, p.countyCode(), p.municipalityCode(), countyOfMunicipality);
        return new ValidationResult(errors);
    }

    static void required(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, REQUIRED));
        }
    }

    static void contact(List<FieldError> errors, String email, String phone) {
        if (present(email) && !EmailAddresses.valid(email)) {
            errors.add(new FieldError(PeopleService.EMAIL, EMAIL));
        }
        if (present(phone) && PhoneNumbers.normalise(phone).isEmpty()) {
            errors.add(new FieldError(PeopleService.PHONE, PHONE));
        }
    }

    static void place(List<FieldError> errors, String county, String municipality, Map<String, String> counties) {
        if (present(county) && present(municipality) && !county.equals(counties.get(municipality))) {
            errors.add(new FieldError(PeopleService.MUNICIPALITY, MUNICIPALITY_COUNTY));
        }
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static String clean(String s) {
        return present(s) ? s.strip() : null;
    }

    static String phone(String s) {
        return present(s) ? PhoneNumbers.normalise(s).orElse(s.strip()) : null;
    }
}
