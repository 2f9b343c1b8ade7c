package org.rectify.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rectify.enterprise.UnifiedSocialCreditCode.InvalidCreditCodeException;

class UnifiedSocialCreditCodeTest {

    @Test
    void acceptsPublishedCodes() {
        // the example code of the GB 32100-2015 literature
        assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
    }

    @Test
    void normalizesLowerCaseAndSpaces() {
        assertThat(UnifiedSocialCreditCode.normalize(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void wrongCheckCharacterIsRejectedSayingSo() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.normalize("91350100M000100Y44"))
                .isInstanceOf(InvalidCreditCodeException.class)
                .hasMessageContaining("check character")
                .hasMessageContaining("expected '3'");
    }

    @Test
    void wrongLengthAndForbiddenLettersAreRejected() {
        assertThatThrownBy(() -> UnifiedSocialCreditCode.normalize("91350100M000100Y4"))
                .hasMessageContaining("18 characters");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.normalize("91350100I000100Y43"))
                .hasMessageContaining("'I' at position 9");
        assertThatThrownBy(() -> UnifiedSocialCreditCode.normalize(null)).hasMessageContaining("required");
    }

    @Test
    void checkCharacterZeroIsComputedAsZero() {
        String first17 = "91320583MA0000001";
        char check = UnifiedSocialCreditCode.checkCharacter(first17);
        assertThat(UnifiedSocialCreditCode.isValid(first17 + check)).isTrue();
    }
}
