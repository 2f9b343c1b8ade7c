package org.rectify.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExpressionGuardFilterTest {

    @Test
    void findsEncodedExpressionInQueryString() {
        assertThat(ExpressionGuardFilter.offendingQueryParameter("a=1&nameLike=%24%7Bx%7D"))
                .contains("nameLike");
        assertThat(ExpressionGuardFilter.offendingQueryParameter("a=1&b=%23%7Bx%7D")).contains("b");
        assertThat(ExpressionGuardFilter.offendingQueryParameter("a=1&b=%7Bplain%7D")).isEmpty();
    }

    @Test
    void findsExpressionInJsonArraysAndKeys() {
        assertThat(ExpressionGuardFilter.offendingBodyField(
                "{\"orQueries\":[{\"assigneeExpression\":\"${x}\"}]}", "application/json"))
                .contains("orQueries[0].assigneeExpression");
        assertThat(ExpressionGuardFilter.offendingBodyField("{\"${x}\":1}", "application/json")).contains("${x}");
    }

    @Test
    void plainTextAndDollarSignsWithoutBracesPass() {
        assertThat(ExpressionGuardFilter.offendingBodyField("{\"price\":\"$5 {note}\"}", "application/json")).isEmpty();
        assertThat(ExpressionGuardFilter.offendingBodyField("", "application/json")).isEmpty();
    }

    @Test
    void formEncodedBodiesAreCheckedLikeQueries() {
        assertThat(ExpressionGuardFilter.offendingBodyField("x=%24%7Bevil%7D", "application/x-www-form-urlencoded"))
                .contains("x");
    }
}
