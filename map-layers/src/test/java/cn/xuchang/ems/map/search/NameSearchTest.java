package cn.xuchang.ems.map.search;

import static cn.xuchang.ems.map.analysis.ResourceFixtures.school;
import static cn.xuchang.ems.map.analysis.ResourceFixtures.shelter;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xuchang.ems.data.domain.Resource;
import cn.xuchang.ems.data.domain.ShelterClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSearchTest {

    private final List<Resource> resources = List.of(
            school("许昌市第一中学", 113.85, 34.03, 2000),
            shelter("长葛市人民公园避难场所", 113.77, 34.22, ShelterClass.FIXED, 5000, 0, true),
            school("禹州市实验小学", 113.48, 34.14, 900),
            school("鄢陵县许由小学", 114.18, 34.10, 500));
    private final NameSearch search = NameSearch.of(resources, List.of());

    @Test
    void pinyinInitialsFindXuchang() {
        List<NameMatch> found = search.find("xc", 10);
        assertThat(found).extracting(NameMatch::name).first().isEqualTo("许昌市第一中学");
        assertThat(found).extracting(NameMatch::name).doesNotContain("禹州市实验小学");
    }

    @Test
    void aNameTypedInFullBeatsALongerNameThatMerelyStartsAlike() {
        NameSearch places = NameSearch.of(List.of(school("襄城县第一小学", 113.5, 33.85, 100),
                school("许昌", 113.85, 34.03, 0)), List.of());
        assertThat(places.find("xc", 2)).extracting(NameMatch::name).containsExactly("许昌", "襄城县第一小学");
    }

    @Test
    void fullPinyinAndMixedSpellingsMatch() {
        assertThat(search.find("xuchang", 5)).extracting(NameMatch::name).containsExactly("许昌市第一中学");
        assertThat(search.find("xuc", 5)).extracting(NameMatch::name).contains("许昌市第一中学");
        assertThat(search.find("yzssy", 5)).extracting(NameMatch::name).containsExactly("禹州市实验小学");
    }

    @Test
    void polyphonicCharactersMatchEveryReading() {
        // 长 reads chang or zhang; 长葛 is Changge
        assertThat(search.find("cg", 5)).extracting(NameMatch::name).contains("长葛市人民公园避难场所");
        assertThat(search.find("zg", 5)).extracting(NameMatch::name).contains("长葛市人民公园避难场所");
    }

    @Test
    void characterMatchesRankAbovePinyinAndPrefixAboveInside() {
        List<NameMatch> found = search.find("许", 5);
        assertThat(found).extracting(NameMatch::name).containsExactly("许昌市第一中学", "鄢陵县许由小学");
        assertThat(found.get(0).score()).isGreaterThan(found.get(1).score());
        assertThat(search.find("公园", 5)).singleElement().satisfies(m -> assertThat(m.layer()).isEqualTo("shelter"));
        assertThat(search.find("nothing-like-this", 5)).isEmpty();
    }
}
