package zone.xianggan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HeaderCharactersTest {

    /** Spring Security's own rule, which the loop replaces. */
    private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithSpringSecuritysRegularExpression() {
        for (String text : new String[] { "", "Bearer eyJhbGci", "浏阳市", "li.ming", "a\u0085b", "tab\there", "nul\u0000",
                "del\u007f", "unassigned\uffff", "emoji\ud83d\ude00", "lone\ud83d", "zero\u200bwidth" }) {
            assertThat(HeaderCharacters.assignedAndNotControl(text)).as("%s", text)
                    .isEqualTo(SPRING.matcher(text).matches());
        }
    }
}
