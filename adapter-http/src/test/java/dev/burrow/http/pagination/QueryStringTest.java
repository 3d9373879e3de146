package dev.burrow.http.pagination;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringTest {

    @Test
    void values_are_encoded_as_pythons_quote_plus_does() {
        assertThat(QueryString.quotePlus("a b/c@d~e*f_g.h-i")).isEqualTo("a+b%2Fc%40d~e%2Af_g.h-i");
        assertThat(QueryString.quotePlus("\u00e9\u20ac")).isEqualTo("%C3%A9%E2%82%AC");
    }

    @Test
    void queries_are_decoded_as_parse_qs_does_and_rewritten_sorted() {
        QueryString query = QueryString.parse("z=1&a=x+y&flag&email=a%40b.com&z=2&&bad=%zz&bytes=%ff");

        assertThat(query.encode()).isEqualTo("a=x+y&bad=%25zz&bytes=%EF%BF%BD&email=a%40b.com&flag=&z=1&z=2");
        assertThat(query.with("z", "3").without("flag").encode())
                .isEqualTo("a=x+y&bad=%25zz&bytes=%EF%BF%BD&email=a%40b.com&z=3");
    }
}
