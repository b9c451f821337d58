package se.samverkan.service.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import se.samverkan.domain.Person;

/**
 * How two versions of a person become one: a field empty on the kept side is filled from the other; where both have
 * a value and they differ, the kept value stays unless the field is named in {@code takeFromOther}. County and
 * municipality travel together (field {@link PeopleService#MUNICIPALITY}) so the result is never a municipality
 * outside its county. Pure: no database.
 */
final class PersonMerge {

    static final String TITLE = "title";
    static final String ORGANISATION = "organisation";
    static final String BRANCH = "branch";
    static final String UNION_MEMBER = "unionMember";
    static final String UNION_ROLE = "unionRole";
    static final String VERIFY_BY = "verifyBy";

    private record Field(String name, Function<Person, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field(PeopleService.FIRST_NAME, Person::firstName),
            new Field(PeopleService.LAST_NAME, Person::lastName),
            new Field(TITLE, Person::title),
            new Field(ORGANISATION, Person::organisationId),
            new Field(BRANCH, Person::branchId),
            new Field(PeopleService.EMAIL, Person::email),
            new Field(PeopleService.PHONE, Person::phone),
            new Field(PeopleService.MUNICIPALITY, p -> present(p.countyCode()) || present(p.municipalityCode())
                    ? java.util.Arrays.asList(p.countyCode(), p.municipalityCode()) : null),
            new Field(UNION_MEMBER, Person::unionMember),
            new Field(UNION_ROLE, Person::unionRole),
            new Field(VERIFY_BY, Person::verifyBy));

    private PersonMerge() {
    }

    /** The names of the fields where both have a value and the values differ. */
    static List<String> conflicts(Person kept, Person other) {
        List<String> names = new ArrayList<>();
        for (Field f : FIELDS) {
            Object k = f.value().apply(kept);
            Object o = f.value().apply(other);
            if (present(k) && present(o) && !same(k, o)) {
                names.add(f.name());
            }
        }
        return names;
    }

    /** {@code kept} with its empty fields filled from {@code other} and the named conflicts taken from it; kept's id. */
    static Person merged(Person kept, Person other, Set<String> takeFromOther) {
        Object[] v = new Object[FIELDS.size()];
        for (int i = 0; i < FIELDS.size(); i++) {
            Field f = FIELDS.get(i);
            Object k = f.value().apply(kept);
            Object o = f.value().apply(other);
            v[i] = !present(k) || (present(o) && takeFromOther.contains(f.name())) ? o : k;
        }
        @SuppressWarnings("unchecked")
        List<String> place = (List<String>) v[7];
        return new Person(kept.id(), (String) v[0], (String) v[1], (String) v[2], (Long) v[3], (Long) v[4],
                (String) v[5], (String) v[6], place == null ? null : place.get(0), place == null ? null : place.get(1),
                (Boolean) v[8], (String) v[9], (java.time.LocalDate) v[10]);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof String s && b instanceof String t) {
            return s.strip().toLowerCase(Locale.ROOT).equals(t.strip().toLowerCase(Locale.ROOT));
        }
        return Objects.equals(a, b);
    }

    private static boolean present(Object o) {
        return o != null && !(o instanceof String s && s.isBlank());
    }
}
