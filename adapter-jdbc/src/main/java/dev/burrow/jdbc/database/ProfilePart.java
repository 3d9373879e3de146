package dev.burrow.jdbc.database;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.List;

/**
 * One fact of a caller's profile in the statement that reads the whole profile in one round trip ({@code
 * dev.burrow.jdbc.profile.ProfileStatement}): one column of the caller's one row, computed by a subquery over the
 * caller's user, whose columns that statement names {@code c} ({@code c.id}, {@code c.email_folded}, {@code
 * c.current_organization_id}, ...). A slice that adds a fact to the profile adds a part (or an element or a
 * condition to its part): the statement, in both databases' spelling, and its reading are built from the parts.
 */
public sealed interface ProfilePart {

    /**
     * The rows of one table (or join) that belong to the caller, in order, as one JSON array of arrays (PostgreSQL's
     * {@code json_agg(json_build_array(...))}, the standard's {@code json_arrayagg(json_array(...))} on H2); SQL
     * null when there are none.
     *
     * @param elements the SQL of each row's elements, in the order {@code reader} reads them
     * @param rows     what follows {@code from}: the tables, joins and conditions that find this part's rows for
     *                 the caller {@code c}; parameter: {@code :invitesSince}
     * @param order    the order of this part's rows, over the names {@code rows} uses
     * @param limit    at most this many rows (the first in {@code order}); 0 for all of them
     * @param reader   adds one row of this part, read element by element, to the profile being gathered
     */
    record Rows(List<String> elements, String rows, String order, int limit, Reader reader) implements ProfilePart {

        private static final JsonFactory JSON = new JsonFactory();

        public Rows {
            elements = List.copyOf(elements);
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("a part's row has at least one element");
            }
        }

        /** Adds the rows of {@code json} (this part's column; null for none) to {@code profile}. */
        public void read(String json, GatheredProfile profile) throws IOException {
            if (json == null) {
                return;
            }
            try (JsonParser parser = JSON.createParser(json)) {
                expect(parser.nextToken(), JsonToken.START_ARRAY);
                JsonRowReader row = new JsonRowReader(parser);
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    expect(token, JsonToken.START_ARRAY);
                    reader.read(row, profile);
                    expect(parser.nextToken(), JsonToken.END_ARRAY);
                }
            }
        }

        private static void expect(JsonToken token, JsonToken expected) {
            if (token != expected) {
                throw new IllegalStateException("a profile part's JSON has " + token + " where " + expected
                        + " belongs: its reader and its elements disagree");
            }
        }
    }

    /**
     * A yes-or-no fact: a condition over the caller {@code c} (its {@code exists (...)} subqueries), read as a
     * boolean column.
     *
     * @param condition the SQL condition
     * @param reader    what the fact adds to the profile when the condition holds
     */
    record Flag(String condition, Mark reader) implements ProfilePart {
    }

    /** Reads one row of a {@link Rows} part. */
    @FunctionalInterface
    interface Reader {
        void read(JsonRowReader row, GatheredProfile profile) throws IOException;
    }

    /** Marks a profile with a {@link Flag} that holds. */
    @FunctionalInterface
    interface Mark {
        void mark(GatheredProfile profile);
    }
}
