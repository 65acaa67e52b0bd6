package zone.xianggan.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountyCodeTest {

    @Test
    void readsSixDigitsAndKnowsItsProvinceAndPrefecture() {
        CountyCode liuyang = CountyCode.parse("countyCode", "430181");
        assertThat(liuyang.provinceCode()).isEqualTo("430000");
        assertThat(liuyang.prefectureCode()).isEqualTo("430100");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "43018", "4301811", "43018a", " 430181", "４３０１８１" })
    void refusesAnythingButSixDigitsNamingTheField(String raw) {
        assertThat(CountyCode.isWellFormed(raw)).isFalse();
        assertThatThrownBy(() -> CountyCode.parse("countyCode", raw)).isInstanceOfSatisfying(
                MalformedInputException.class,
                e -> assertThat(e.violations()).extracting("field").containsExactly("countyCode"));
    }
}
